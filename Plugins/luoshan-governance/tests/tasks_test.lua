-- Tests of the Luoshan task matching, run with `shequ plugin test`.
local CATALOGUE = {
  { id = "Z-01", category = "main_duty", title = "组织居民议事协商", keywords = { "议事", "协商" } },
  { id = "X-01", category = "assistance", title = "协助开展人口普查", keywords = { "普查" } },
  { id = "F-01", category = "negative", title = "城市管理行政执法", keywords = { "拆违", "执法" } },
  { id = "F-02", category = "negative", title = "以居(村)民委员会名义参与考核评比", keywords = { "考核" } },
}

local function task(title, details)
  return { task = { id = "t-1", title = title, details = details, assigning_unit = "罗山县城管局",
                    assigning_unit_kind = "department" },
           county_code = "411521", catalogue = CATALOGUE }
end

test("a keyword of an item maps the task to it", function()
  local result = hook("match_task", task("开展第七次人口普查入户工作"))
  expect.eq(result.item_ids, { "X-01" })
end)

test("a local synonym maps the task too", function()
  local result = hook("match_task", task("清理私搭乱建", "对辖区违章建筑进行摸排并拆除"))
  expect.eq(result.item_ids, { "F-01" })
  expect.eq(result.explanation, "关键词：违章建筑→F-01")
end)

test("a task may fall under several items", function()
  local result = hook("match_task", task("人口摸底及年度评比"))
  expect.eq(result.item_ids, { "F-02", "X-01" })
end)

test("a task without any keyword maps to nothing", function()
  local result = hook("match_task", task("组织春节文艺汇演"))
  expect.eq(result.item_ids, {})
end)
