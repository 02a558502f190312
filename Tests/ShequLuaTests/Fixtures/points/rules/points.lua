local util = require("util")

local M = {}

-- Points for one resident: the configured base, plus a bonus for elders,
-- plus one point per full hour of service.
function M.score(input, ctx)
  local config = shequ.config()
  local points = config.base
  local reasons = {}
  if (input.age or 0) >= 70 then
    points = points + config.bonus.elder
    reasons[#reasons + 1] = "elder"
  end
  points = points + util.hours(input.minutes or 0)
  if input.fail then
    error("resident " .. tostring(input.name) .. " has no record")
  end
  return { points = points, reasons = reasons, county = ctx.county }
end

return M
