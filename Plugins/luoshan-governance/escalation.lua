-- Dispute escalation rules of 罗山县 (Art. 35). The host calls escalate(input, ctx) for one
-- open dispute at the moment input.now_unix and checks whatever it returns: the level must
-- be on the ladder and above the current one, the moment between held_since and now.
local M = {}

local DAY = 86400
local LEVELS = { "grid_worker", "community_mediation", "township", "county" }
local NAMES = {
  grid_worker = "网格员", community_mediation = "社区(村)人民调解委员会",
  township = "街道(乡镇)", county = "县(区)",
}

local function level_after(level)
  for i, name in ipairs(LEVELS) do
    if name == level then return LEVELS[i + 1] end
  end
  return nil
end

-- 四级七天: grid worker, community mediation, township, county; each level has seven
-- days, and a dispute not resolved in them goes to the next level.
function M.four_levels_seven_days(input)
  local next_level = level_after(input.current_level)
  local limit = 7 * DAY
  if next_level == nil or input.held_seconds < limit then
    return { action = "stay" }
  end
  return {
    action = "escalate",
    to_level = next_level,
    escalate_at_unix = input.held_since_unix + limit,
    reason = "四级七天：" .. NAMES[input.current_level] .. "受理满7天未化解，移交" .. NAMES[next_level],
  }
end

local function on_ladder(input, level)
  for _, step in ipairs(input.ladder) do
    if step.level == level then return true end
  end
  return false
end

-- The county variant: the limits of the county ladder; a level that held a mediation
-- session gets extension_days more; land disputes (土地山林纠纷) unresolved by the grid
-- worker go straight to the township, where the judicial office and the comprehensive
-- governance centre handle them.
function M.escalate(input, ctx)
  local config = shequ.config()
  if config.rule == "four_levels_seven_days" then
    return M.four_levels_seven_days(input)
  end
  local days = input.time_limit_days
  local target = input.next_level
  if days == nil or target == nil then
    return { action = "stay" }
  end
  local extended = input.sessions_at_current_level > 0
  if extended then days = days + config.extension_days end
  local limit = days * DAY
  if input.held_seconds < limit then
    return { action = "stay" }
  end
  if input.category == "land" and input.current_level == "grid_worker" and on_ladder(input, "township") then
    target = "township"
  end
  return {
    action = "escalate",
    to_level = target,
    escalate_at_unix = input.held_since_unix + limit,
    reason = string.format("罗山县规则：%s受理满%d天%s未化解，移交%s", NAMES[input.current_level], days,
                           extended and "（含调解延长）" or "", NAMES[target]),
  }
end

return M
