// The assertion library plugin tests see: test(name, fn), expect.*, hook(...).
// Runs in the plugin environment of a fresh sandbox before each test file.
// Arguments: hooks ({ name = { module, function } }), the most tests this file may still
// declare, the longest test name in bytes. Returns list() (the tests and how many were
// declared: the first test past the allowance is counted, then stops the file) and run(i).
enum PluginTestLibrary {
    static let chunkName = "=shequ.test"

    static let source = #"""
    local hooks, max_tests, max_name_bytes = ...
    local format, concat, sort, mtype = string.format, table.concat, table.sort, math.type
    local tests = {}
    local declared = 0

    local function where(level)
        local _, message = pcall(error, "@", level + 1)
        local file, line = tostring(message):match("^(.-):(%d+): @$")
        return file, tonumber(line)
    end

    local function key_order(a, b)
        local ta, tb = type(a), type(b)
        if ta ~= tb then return ta < tb end
        if ta == "number" or ta == "string" then return a < b end
        return tostring(a) < tostring(b)
    end

    local function sorted_keys(t)
        local keys = {}
        for key in pairs(t) do keys[#keys + 1] = key end
        sort(keys, key_order)
        return keys
    end

    local function describe(value, depth)
        depth = depth or 0
        local kind = type(value)
        if kind == "string" then return format("%q", value) end
        if kind ~= "table" then return tostring(value) end
        if depth > 2 then return "{...}" end
        local parts = {}
        for index, key in ipairs(sorted_keys(value)) do
            if index > 10 then parts[#parts + 1] = "..." break end
            local label
            if mtype(key) == "integer" and key == index then
                label = ""
            elseif type(key) == "string" and key:match("^[%a_][%w_]*$") then
                label = key .. " = "
            else
                label = "[" .. describe(key, depth + 1) .. "] = "
            end
            parts[#parts + 1] = label .. describe(value[key], depth + 1)
        end
        return "{" .. concat(parts, ", ") .. "}"
    end

    local function key_path(path, key)
        if type(key) == "string" and key:match("^[%a_][%w_]*$") then
            return (path == "" and "" or path .. ".") .. key
        end
        return path .. "[" .. describe(key) .. "]"
    end

    local function difference(actual, expected, path, seen)
        if mtype(actual) ~= mtype(expected) then return path, actual, expected end
        if rawequal(actual, expected) then return nil end
        if type(actual) == "table" and type(expected) == "table" then
            if seen[actual] == expected then return nil end
            seen[actual] = expected
            for _, key in ipairs(sorted_keys(expected)) do
                local at, a, e = difference(actual[key], expected[key], key_path(path, key), seen)
                if at then return at, a, e end
            end
            for _, key in ipairs(sorted_keys(actual)) do
                if expected[key] == nil then return key_path(path, key), actual[key], nil end
            end
            return nil
        end
        if actual == expected and mtype(actual) == mtype(expected) then return nil end
        return path, actual, expected
    end

    local function fail(message, level)
        error(message, (level or 2) + 1)
    end

    expect = {}

    function expect.eq(actual, expected)
        local at, a, e = difference(actual, expected, "", {})
        if at then
            local place = at == "" and "" or " at " .. at
            fail(format("expect.eq failed%s: got %s, expected %s", place, describe(a), describe(e)))
        end
    end

    function expect.ne(actual, unexpected)
        if difference(actual, unexpected, "", {}) == nil then
            fail(format("expect.ne failed: both values are %s", describe(actual)))
        end
    end

    function expect.truthy(value)
        if not value then fail(format("expect.truthy failed: got %s", describe(value))) end
    end

    function expect.falsy(value)
        if value then fail(format("expect.falsy failed: got %s", describe(value))) end
    end

    function expect.near(actual, expected, epsilon)
        epsilon = epsilon or 1e-9
        if type(actual) ~= "number" or type(expected) ~= "number" then
            fail(format("expect.near needs numbers, got %s and %s", describe(actual), describe(expected)))
        end
        if math.abs(actual - expected) > epsilon then
            fail(format("expect.near failed: got %s, expected %s within %s", describe(actual), describe(expected), tostring(epsilon)))
        end
    end

    function expect.error(fn, pattern)
        if type(fn) ~= "function" then fail("expect.error needs a function") end
        local ok, message = pcall(fn)
        if ok then fail("expect.error failed: the function did not raise an error") end
        if pattern ~= nil and not tostring(message):find(pattern) then
            fail(format("expect.error failed: the error %s does not match %s", describe(tostring(message)), describe(pattern)))
        end
    end

    function test(name, fn)
        if type(name) ~= "string" or type(fn) ~= "function" then
            error("test(name, fn) needs a name (string) and a function", 2)
        end
        if #name > max_name_bytes then
            error(format("test name has %d bytes, more than the limit of %d (PluginTestLimits.maxNameBytes); use a shorter name",
                #name, max_name_bytes), 2)
        end
        declared = declared + 1
        if declared > max_tests then
            error(format("more than %d tests (PluginTestLimits.maxTests)", max_tests), 2)
        end
        local file, line = where(3)
        tests[#tests + 1] = { name = name, fn = fn, file = file, line = line }
    end

    function hook(name, input, ctx)
        local target = hooks[name]
        if target == nil then
            error(format("the plugin has no hook '%s' in plugin.lua", tostring(name)), 2)
        end
        local module = require(target[1])
        return module[target[2]](input, ctx or {})
    end

    local function list()
        local result = {}
        for index, entry in ipairs(tests) do
            result[index] = { name = entry.name, line = entry.line }
        end
        return result, declared
    end

    local function run(index)
        tests[index].fn()
        return true
    end

    return list, run
    """#
}
