-- Tests of the Shihe urban division, run with `shequ plugin test`.

local function building(id, address, households, dedicated)
  local ids = {}
  for i = 1, households do ids[i] = id .. "-" .. i end
  return { id = id, kind = "building", address = address, household_ids = ids,
           household_count = households, dedicated = dedicated }
end

local function community(units)
  return { community_code = "411502001001", community_name = "义阳社区",
           township_name = "老城街道", kind = "urban", units = units }
end

local function sizes(result, units)
  local byID = {}
  for _, unit in ipairs(units) do byID[unit.id] = unit end
  local list = {}
  for i, grid in ipairs(result.grids) do
    local n = 0
    for _, member in ipairs(grid.members) do
      n = n + (member.household_ids and #member.household_ids or byID[member.unit_id].household_count)
    end
    list[i] = n
  end
  return list
end

test("buildings fill grids in address order up to the target", function()
  local units = {
    building("B12", "12号楼", 120), building("B3", "3号楼", 150),
    building("B5", "5号楼", 160), building("B20", "20号楼", 140),
  }
  local result = hook("grids", community(units), {})
  expect.eq(#result.grids, 2)
  expect.eq(result.grids[1].members, { { unit_id = "B3" }, { unit_id = "B5" } })
  expect.eq(result.grids[2].members, { { unit_id = "B12" }, { unit_id = "B20" } })
  expect.eq(sizes(result, units), { 310, 260 })
end)

test("a building over the maximum is split by household", function()
  local units = { building("B1", "1号楼", 1200) }
  local result = hook("grids", community(units), {})
  expect.eq(#result.grids, 3)
  expect.eq(sizes(result, units), { 400, 400, 400 })
  expect.eq(result.grids[1].members[1].household_ids[1], "B1-1")
end)

test("schools and markets get their own dedicated grids", function()
  local units = { building("S", "实验小学", 2, "school"), building("B1", "1号楼", 200) }
  local result = hook("grids", community(units), {})
  expect.eq(result.grids[1].kind, "school")
  expect.eq(result.grids[1].members, { { unit_id = "S" } })
  expect.eq(result.grids[2].kind, "basic")
end)

test("a small remainder joins the grid before it", function()
  local units = { building("B1", "1号楼", 300), building("B2", "2号楼", 40) }
  local result = hook("grids", community(units), {})
  expect.eq(#result.grids, 1)
  expect.eq(sizes(result, units), { 340 })
end)

test("the county's parameters in ctx override the plugin's defaults", function()
  local units = { building("B1", "1号楼", 60), building("B2", "2号楼", 60), building("B3", "3号楼", 60) }
  local result = hook("grids", community(units),
    { params = { target_households = 100, min_households = 30, max_households = 150 } })
  expect.eq(#result.grids, 2)
  expect.eq(result.bounds.max_households, 150)
end)

test("every household is in exactly one grid", function()
  local units = {}
  for i = 1, 40 do units[i] = building("B" .. i, i .. "号楼", 10 + (i * 37) % 90) end
  local result = hook("grids", community(units), {})
  local seen = {}
  for _, grid in ipairs(result.grids) do
    for _, member in ipairs(grid.members) do
      expect.falsy(seen[member.unit_id])
      seen[member.unit_id] = true
    end
  end
  for _, unit in ipairs(units) do expect.truthy(seen[unit.id]) end
end)
