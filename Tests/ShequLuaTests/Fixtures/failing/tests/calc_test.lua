test("sums values", function()
  expect.eq(hook("total", { values = { 1, 2 } }), { total = 3, count = 2 })
end)

test("wrong expectation", function()
  expect.eq(hook("total", { values = { 1, 2 } }), { total = 4, count = 2 })
end)

test("runaway test", function()
  while true do end
end)

test("state does not leak between tests", function()
  expect.eq(leaked, nil)
  leaked = true
end)

test("state does not leak between tests (again)", function()
  expect.eq(leaked, nil)
  leaked = true
end)
