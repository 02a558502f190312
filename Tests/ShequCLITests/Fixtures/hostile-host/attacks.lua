local M = {}

-- One 1 MiB string in the state, 2,000 references to it: 2 GiB if the host copied each.
local function references()
  local s = string.rep("x", 1 << 20)
  local items = {}
  for i = 1, 2000 do items[i] = s end
  return items
end

function M.many_references()
  return { items = references() }
end

function M.shared_tables()
  local inner = { string.rep("y", 1 << 20) }
  local outer = {}
  for i = 1, 2000 do outer[i] = inner end
  return outer
end

function M.log_arguments()
  shequ.log("info", { items = references() })
  return "logged"
end

function M.huge_error()
  -- Just under the longest string plugin code may build (LuaLimits.maxBuiltStringBytes).
  error(string.rep("e", (1 << 20) - 64))
end

function M.huge_tostring()
  error(setmetatable({}, { __tostring = function() return string.rep("t", (1 << 20) - 64) end }))
end

function M.forged_error()
  error("boom\n[ERROR] host: forged line\27[2J\27[31m")
end

function M.forged_log()
  print("ok\n[ERROR] host: forged line\27]0;title\7")
  shequ.log("warn", "warn\r\n[ERROR] forged\27[31m")
  return "done\27[2J"
end

-- Under the budget: four references to 1 MiB come out as 4 MiB of JSON.
function M.fits()
  local s = string.rep("f", 1 << 20)
  return { s, s, s, s }
end

return M
