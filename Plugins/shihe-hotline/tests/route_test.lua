-- Tests of the Shihe hotline routing, run with `shequ plugin test`.

local departments = { "浉河区城市管理局", "浉河区应急管理局", "信阳市公安局浉河分局", "浉河区住房和城乡建设局" }

-- 2026-03-01 00:00 China Standard Time.
local midnight = 1772294400

local function input(fields)
  local request = {
    id = "H-1", service_code = fields.service_code or "0301", service_name = "噪音扰民",
    type = fields.type or "complaint", channel = fields.channel or "phone",
    description = fields.description or "楼下商户音响声音大", address = "胜利路12号",
    community = "411502001001", requested_at = fields.requested_at or (midnight + 10 * 3600),
  }
  return { request = request, proposal = { department = "浉河区城市管理局", deadline_hours = 72 }, departments = departments }
end

test("a gas leak goes to emergency management within two hours", function()
  local result = hook("hotline_routing", input({ service_code = "0501", type = "help", description = "楼道里有燃气味" }), {})
  expect.eq(result.department, "浉河区应急管理局")
  expect.eq(result.deadline_hours, 2)
  expect.truthy(string.find(result.reason, "燃气", 1, true))
end)

test("night-time noise passed on by 110 goes to the police", function()
  local result = hook("hotline_routing", input({ channel = "transferFrom110", requested_at = midnight + 23 * 3600 }), {})
  expect.eq(result.department, "信阳市公安局浉河分局")
  expect.eq(result.deadline_hours, 24)
end)

test("daytime noise keeps the table's proposal", function()
  expect.eq(hook("hotline_routing", input({ channel = "transferFrom110", requested_at = midnight + 14 * 3600 }), {}), nil)
end)

test("noise by phone at night keeps the proposal", function()
  expect.eq(hook("hotline_routing", input({ requested_at = midnight + 23 * 3600 }), {}), nil)
end)

test("a department the table does not offer is never chosen", function()
  local request = input({ description = "小区起火了" })
  request.departments = { "浉河区城市管理局" }
  expect.eq(hook("hotline_routing", request, {}), nil)
end)
