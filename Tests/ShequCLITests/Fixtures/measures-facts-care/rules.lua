-- Echoes what ctx.subject holds into a commendation's reason, so a test can see it.
local M = {}

function M.evaluate(event, ctx)
  local s = ctx.subject
  local care = s.care and table.concat(s.care, "+") or "none"
  return { { kind = "commendation", topic = "respect_elderly", article = "第五条",
             reason = "age=" .. tostring(s.age) .. ";size=" .. tostring(s.household_size) .. ";care=" .. care } }
end

return M
