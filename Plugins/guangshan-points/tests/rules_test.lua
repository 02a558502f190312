-- Tests of the Guangshan sample points rules, run with `shequ plugin test`.

local function event(kind, facts)
  return { id = "e-1", kind = kind, subject = { type = "household", id = "h-1" },
           occurred_at = "2025-04-01", facts = facts or {} }
end

test("caring for an elder earns the configured points", function()
  local result = hook("measures", event("elder_care"), {})
  expect.eq(#result, 1)
  expect.eq(result[1].kind, "award_points")
  expect.eq(result[1].points, 5)
  expect.eq(result[1].topic, "respect_elderly")
  expect.eq(result[1].article, "第五条")
end)

test("a wedding within the table limit is rewarded", function()
  local result = hook("measures", event("banquet", { ceremony = "wedding", tables = 8 }), {})
  expect.eq(result, {
    { kind = "award_points", topic = "wedding_funeral_customs", article = "第六条",
      reason = "婚事新办、丧事简办（8桌，不超过10桌），奖励5分", points = 5 },
  })
end)

test("tables over the limit cost points, capped", function()
  local result = hook("measures", event("banquet", { ceremony = "wedding", tables = 13 }), {})
  expect.eq(result[1].kind, "deduct_points")
  expect.eq(result[1].points, 6)
  expect.eq(result[2].kind, "criticism_education")
  local huge = hook("measures", event("banquet", { ceremony = "funeral", tables = 40 }), {})
  expect.eq(huge[1].points, 10)
end)

test("banquets other than weddings and funerals are discouraged, not punished", function()
  local result = hook("measures", event("banquet", { ceremony = "school_admission", tables = 3 }), {})
  expect.eq(#result, 1)
  expect.eq(result[1].kind, "criticism_education")
end)

test("an unleashed dog gets a reminder first, then a deduction", function()
  local first = hook("measures", event("dog_unleashed", { prior_count = 0 }), {})
  expect.eq(first[1].kind, "criticism_education")
  local again = hook("measures", event("dog_unleashed", { prior_count = 2 }), {})
  expect.eq(again[1].kind, "deduct_points")
  expect.eq(again[1].points, 2)
end)

test("volunteer hours earn points up to the cap", function()
  expect.eq(hook("measures", event("volunteer_service", { hours = 3 }), {})[1].points, 6)
  expect.eq(hook("measures", event("volunteer_service", { hours = 30 }), {})[1].points, 10)
  expect.eq(hook("measures", event("volunteer_service", { hours = 0 }), {}), {})
end)

test("an unknown event kind yields no measures", function()
  expect.eq(hook("measures", event("unknown_kind"), {}), {})
end)

test("every measure names its topic and article", function()
  local kinds = { "elder_care", "filial_piety", "elder_neglect", "dog_bite",
                  "garbage_sorted", "garbage_dumped" }
  for _, kind in ipairs(kinds) do
    for _, m in ipairs(hook("measures", event(kind), {})) do
      expect.truthy(m.topic)
      expect.truthy(m.article)
      expect.truthy(m.reason)
    end
  end
end)
