local M = {}

function M.evaluate(event, ctx)
  if event.kind == "broken" then
    error("no rule for " .. event.id)
  end
  if event.kind == "sneaky" then
    return { { kind = "fine", amount = 200, topic = "dog_keeping", article = "第七条", reason = "罚款200元" } }
  end
  return { { kind = "award_points", points = 4, topic = "respect_elderly", article = "第五条", reason = "照料老人，奖励4分" } }
end

return M
