local M = {}

function M.loadlib()
  -- Debian's Lua hands back a working io.popen through package.loadlib.
  local f = package.loadlib("/usr/lib/x86_64-linux-gnu/liblua5.4.so.0", "luaopen_io")
  return f().popen("id"):read("a")
end

function M.binary_chunk()
  local chunk = "\27Lua\84\0\25\147\13\10\26\10\4\8\8\120\86\0\0\0\0\0\0\0\0\0\0\0\40\119\64"
  return load(chunk, "x", "b")()
end

function M.string_dump()
  return string.dump(function() return 1 end)
end

function M.string_metatable()
  -- Through the string metatable, when it is reachable, then through the library table.
  local mt = getmetatable("")
  if type(mt) == "table" and type(mt.__index) == "table" then
    mt.__index.upper = function() return "pwned" end
  end
  string.upper = function() return "pwned" end
  return ("x"):upper()
end

function M.require_outside()
  return require("../../../../../etc/passwd")
end

function M.infinite_loop()
  while true do end
end

function M.pcall_loop()
  while true do
    pcall(function() while true do end end)
  end
end

function M.coroutine_loop()
  local co = coroutine.wrap(function() while true do end end)
  co()
end

function M.huge_string()
  return #string.rep("x", 1e9)
end

function M.pattern_bomb()
  local s = string.rep("a", 100000)
  return string.find(s, ".-.-.-.-.-.-.-.-.-.-b")
end

function M.deep_recursion()
  local function f(n) return f(n + 1) + 1 end
  return f(1)
end

function M.gc_loop_at_close()
  setmetatable({}, { __gc = function() while true do end end })
  return "left a finalizer that loops"
end

function M.huge_table()
  local t = {}
  for i = 1, 3000000 do t[i] = i end
  return t
end

function M.non_utf8()
  return "\255\254invalid"
end

function M.print_flood()
  for i = 1, 1e7 do print(string.rep("flood ", 20)) end
  return "done"
end

function M.io_open()
  return io.open("/etc/passwd"):read("a")
end

function M.os_execute()
  return os.execute("id")
end

function M.collect()
  collectgarbage("collect")
  return "collected"
end

function M.memory_table()
  local t = {}
  local i = 0
  while true do
    i = i + 1
    t[i] = { i, i, i, i }
  end
end

-- After a kill Lua leaves the count hook off on the killed thread: an xpcall
-- handler, a pending <close> of a coroutine and coroutine.close would then loop
-- uncounted.
function M.xpcall_handler_loop()
  return xpcall(function() while true do end end, function() while true do end end)
end

function M.close_after_kill()
  local f = coroutine.wrap(function()
    local guard <close> = setmetatable({}, { __close = function() while true do end end })
    while true do end
  end)
  return f()
end

function M.coroutine_close_loop()
  local co = coroutine.create(function()
    local guard <close> = setmetatable({}, { __close = function() while true do end end })
    while true do end
  end)
  coroutine.resume(co)
  coroutine.close(co)
  while true do end
end

-- Crashes of Lua 5.4.4 and of the sandbox's pattern matcher (C stack overflow).
function M.nested_close()
  local coro = false
  for i = 1, 30000 do
    local previous = coro
    coro = coroutine.create(function()
      local cc <close> = setmetatable({}, { __close = function()
        if previous then assert(coroutine.close(previous)) end
      end })
      coroutine.yield()
    end)
    assert(coroutine.resume(coro))
  end
  assert(coroutine.close(coro))
  return "closed"
end

function M.gmatch_depth()
  local it = string.gmatch(string.rep("a", 300000), string.rep("a?", 300000) .. "b")
  for i = 1, 3 do pcall(it) end
  return it()
end

-- C loops no instruction count sees.
function M.table_move()
  return table.move({}, 1, 1 << 40, 2)
end

function M.insert_lying_len()
  table.insert(setmetatable({}, { __len = function() return 1 << 40 end }), 1, "x")
end

function M.sort_long_strings()
  local s = string.rep("a", 1000000)
  local t = {}
  for i = 1, 5000 do t[i] = s end
  table.sort(t)
end

function M.upper_loop()
  local s = string.rep("a", 1000000)
  while true do s:upper() end
end

function M.long_needle()
  local subject = string.rep("a", 1000000)
  local needle = string.rep("a", 20000) .. "b"
  while true do string.find(subject, needle, 1, true) end
end

function M.long_string_compare()
  local a, b = string.rep("a", 1000000), string.rep("a", 999999) .. "a"
  while true do local _ = a == b end
end

-- Read-only views: pairs must not hand out the table behind a library.
function M.pairs_leak()
  local _, state = pairs(string)
  state.upper = function() return "pwned" end
  return ("x"):upper()
end

return M
