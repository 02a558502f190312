-- 浉河区: the routing table proposes a department and a deadline by category; this hook
-- only changes them where local practice differs, and returns nil to keep the proposal.
local M = {}

local hazard_words = { "燃气", "煤气", "漏气", "起火", "火灾" }

local function offers(departments, name)
  for _, department in ipairs(departments) do
    if department == name then return true end
  end
  return false
end

local function mentions_hazard(text)
  for _, word in ipairs(hazard_words) do
    if string.find(text, word, 1, true) then return true end
  end
  return false
end

-- Hour of the day in China Standard Time (UTC+8) of a Unix time.
local function local_hour(unix)
  return ((unix + 8 * 3600) // 3600) % 24
end

function M.route(input, ctx)
  local config = shequ.config()
  local request = input.request
  if mentions_hazard(request.description or "") and offers(input.departments, config.emergency_department) then
    return {
      department = config.emergency_department,
      deadline_hours = config.emergency_deadline_hours,
      reason = "涉及燃气或火灾隐患，转应急管理部门限时处置",
    }
  end
  local hour = local_hour(request.requested_at)
  local at_night = hour >= 22 or hour < 6
  if request.channel == "transferFrom110" and request.type == "complaint" and at_night
      and string.sub(request.service_code, 1, #config.noise_code_prefix) == config.noise_code_prefix
      and offers(input.departments, config.police_department) then
    return {
      department = config.police_department,
      deadline_hours = config.police_deadline_hours,
      reason = "110转来的夜间噪音投诉，由公安分局处置",
    }
  end
  return nil
end

return M
