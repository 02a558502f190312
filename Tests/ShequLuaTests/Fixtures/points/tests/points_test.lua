test("elders get a bonus", function()
  local result = hook("score", { age = 72, minutes = 125 }, { county = "411522" })
  expect.eq(result, { points = 17, reasons = { "elder" }, county = "411522" })
end)

test("younger residents get the base", function()
  expect.eq(hook("score", { age = 30 }).points, 10)
end)

test("a missing record is an error", function()
  expect.error(function() hook("score", { fail = true, name = "张三" }) end, "no record")
end)

test("assertions beyond eq", function()
  expect.ne({ 1, 2 }, { 1, 3 })
  expect.truthy(0)
  expect.falsy(nil)
  expect.near(0.1 + 0.2, 0.3, 1e-12)
end)
