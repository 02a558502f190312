-- Tests of the Xin county rural division, run with `shequ plugin test`.

local function village(id, name, households)
  local ids = {}
  for i = 1, households do ids[i] = id .. "-" .. i end
  return { id = id, kind = "natural_village", address = name, household_ids = ids,
           household_count = households }
end

local function community(units)
  return { community_code = "411523100201", community_name = "田铺村",
           township_name = "田铺乡", kind = "rural", units = units }
end

test("each natural village of a usual size is its own grid", function()
  local result = hook("grids", community({
    village("V1", "第一组大湾", 60), village("V2", "第二组小湾", 80),
  }), {})
  expect.eq(#result.grids, 2)
  expect.eq(result.grids[1].members, { { unit_id = "V1" } })
  expect.eq(result.grids[2].members, { { unit_id = "V2" } })
end)

test("small villages are merged with their neighbours", function()
  local result = hook("grids", community({
    village("V1", "第1组", 12), village("V2", "第2组", 15), village("V3", "第3组", 9),
    village("V4", "第4组", 70),
  }), {})
  expect.eq(#result.grids, 2)
  expect.eq(result.grids[1].members, { { unit_id = "V1" }, { unit_id = "V2" }, { unit_id = "V3" } })
end)

test("a large village is split into equal parts", function()
  local result = hook("grids", community({ village("V1", "大村", 400) }), {})
  expect.eq(#result.grids, 3)
  local sizes = {}
  for i, grid in ipairs(result.grids) do sizes[i] = #grid.members[1].household_ids end
  expect.eq(sizes, { 134, 134, 132 })
end)

test("a small last village joins the grid before it", function()
  local result = hook("grids", community({ village("V1", "第1组", 60), village("V2", "第2组", 10) }), {})
  expect.eq(#result.grids, 1)
  expect.eq(#result.grids[1].members, 2)
end)

test("villages are taken in natural address order", function()
  local result = hook("grids", community({
    village("V10", "第10组", 50), village("V2", "第2组", 50), village("V1", "第1组", 50),
  }), {})
  expect.eq(result.grids[1].members[1].unit_id, "V1")
  expect.eq(result.grids[2].members[1].unit_id, "V2")
  expect.eq(result.grids[3].members[1].unit_id, "V10")
end)
