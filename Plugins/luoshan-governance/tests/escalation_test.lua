-- Tests of the Luoshan escalation rules, run with `shequ plugin test`.
local escalation = require("escalation")

local DAY = 86400
local LADDER = {
  { level = "grid_worker", time_limit_days = 3 },
  { level = "community_mediation", time_limit_days = 7 },
  { level = "township", time_limit_days = 15 },
  { level = "county", time_limit_days = 30 },
}

local function dispute(level, held_days, fields)
  local input = {
    dispute_id = "d-1", county_code = "411521", category = "neighbours", channel = "grid_worker",
    now_unix = 1000 * DAY, received_at_unix = 1000 * DAY - held_days * DAY,
    current_level = level, held_since_unix = 1000 * DAY - held_days * DAY, held_seconds = held_days * DAY,
    time_limit_days = nil, next_level = nil, ladder = LADDER, sessions_at_current_level = 0, holdings = {},
  }
  for i, step in ipairs(LADDER) do
    if step.level == level then
      input.time_limit_days = step.time_limit_days
      input.next_level = LADDER[i + 1] and LADDER[i + 1].level or nil
    end
  end
  for key, value in pairs(fields or {}) do input[key] = value end
  return input
end

test("four levels, seven days: the sixth day stays, the seventh escalates to the next level", function()
  expect.eq(escalation.four_levels_seven_days(dispute("grid_worker", 6)).action, "stay")
  local result = escalation.four_levels_seven_days(dispute("grid_worker", 7))
  expect.eq(result.action, "escalate")
  expect.eq(result.to_level, "community_mediation")
  expect.eq(result.escalate_at_unix, 1000 * DAY)
end)

test("four levels, seven days: the escalation happens when the seven days ran out, not at now", function()
  local result = escalation.four_levels_seven_days(dispute("township", 10))
  expect.eq(result.to_level, "county")
  expect.eq(result.escalate_at_unix, 1000 * DAY - 3 * DAY)
end)

test("four levels, seven days: the county is the top and stays", function()
  expect.eq(escalation.four_levels_seven_days(dispute("county", 40)).action, "stay")
end)

test("the county variant uses the ladder's limits", function()
  expect.eq(hook("escalate_dispute", dispute("grid_worker", 2)).action, "stay")
  local result = hook("escalate_dispute", dispute("grid_worker", 3))
  expect.eq(result.action, "escalate")
  expect.eq(result.to_level, "community_mediation")
  expect.eq(hook("escalate_dispute", dispute("community_mediation", 6)).action, "stay")
end)

test("a level that held a mediation session gets three more days", function()
  local mediated = dispute("community_mediation", 8, { sessions_at_current_level = 1 })
  expect.eq(hook("escalate_dispute", mediated).action, "stay")
  local later = hook("escalate_dispute", dispute("community_mediation", 10, { sessions_at_current_level = 1 }))
  expect.eq(later.action, "escalate")
  expect.eq(later.escalate_at_unix, 1000 * DAY)
end)

test("land disputes go from the grid worker straight to the township", function()
  local result = hook("escalate_dispute", dispute("grid_worker", 4, { category = "land" }))
  expect.eq(result.to_level, "township")
  expect.eq(result.escalate_at_unix, 1000 * DAY - DAY)
end)

test("the reason names the levels in Chinese", function()
  local result = hook("escalate_dispute", dispute("grid_worker", 3))
  expect.eq(result.reason, "罗山县规则：网格员受理满3天未化解，移交社区(村)人民调解委员会")
end)
