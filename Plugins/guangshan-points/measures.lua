-- Builders for the measures a village rule may take (Art. 30): incentives for
-- keeping the rules, constraints for breaking them. Only lawful kinds exist here;
-- the host refuses anything else whatever a script returns.
local M = {}

local function measure(kind, topic, article, reason, points)
  return { kind = kind, topic = topic, article = article, reason = reason, points = points }
end

function M.award(points, topic, article, reason)
  return measure("award_points", topic, article, reason, points)
end

function M.deduct(points, topic, article, reason)
  return measure("deduct_points", topic, article, reason, points)
end

function M.commend(topic, article, reason)
  return measure("commendation", topic, article, reason)
end

function M.educate(topic, article, reason)
  return measure("criticism_education", topic, article, reason)
end

function M.rectify(topic, article, reason)
  return measure("rectification_request", topic, article, reason)
end

return M
