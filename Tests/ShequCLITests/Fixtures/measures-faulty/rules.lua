local M = {}

function M.evaluate(event, ctx)
  if event.kind == "broken" then
    error("no rule for " .. event.id)
  end
  if event.kind == "sneaky" then
    return { { kind = "fine", amount = 200, topic = "dog_keeping", article = "第七条", reason = "罚款200元" } }
  end
  if event.kind == "split" then
    -- Three awards of 4 for one event: 12 points, over the declared 10 per event.
    local one = { kind = "award_points", points = 4, topic = "respect_elderly", article = "第五条", reason = "照料老人，奖励4分" }
    return { one, one, one }
  end
  return { { kind = "award_points", points = 4, topic = "respect_elderly", article = "第五条", reason = "照料老人，奖励4分" } }
end

return M
