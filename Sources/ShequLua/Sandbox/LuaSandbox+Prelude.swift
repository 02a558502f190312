extension LuaSandbox {
    // Trusted Lua run once per state, before any plugin code and before the
    // memory cap applies. It builds the environment plugins see: read-only
    // library proxies, print and require routed through the host, the `shequ`
    // module. Everything it keeps private lives in upvalues no plugin can reach.
    // Arguments: sinks (host functions for print and require), the functions
    // of `shequ`. Returns require, resolve, freeze.
    static let preludeSource = #"""
    local sinks, shequ_functions = ...
    local set_env, freeze, readonly_rawset = __shequ_set_env, __shequ_freeze, __shequ_rawset
    __shequ_set_env, __shequ_freeze, __shequ_rawset = nil, nil, nil
    local G = _G
    local error, type, tostring, select, rawget, setmetatable, next, load, ipairs =
        error, type, tostring, select, rawget, setmetatable, next, load, ipairs
    local concat = table.concat
    local print_sink, module_source = sinks.print, sinks.module_source

    -- freeze(table, name) returns a deep read-only view (a C function shared by every view:
    -- writes raise "attempt to modify read-only table 'name'", pairs and # see the target).

    local base = {}
    for _, name in ipairs({ "assert", "error", "getmetatable", "ipairs", "load", "next", "pairs",
        "pcall", "rawequal", "rawget", "rawlen", "select", "setmetatable", "tonumber", "tostring",
        "type", "xpcall", "collectgarbage" }) do
        base[name] = G[name]
    end
    base._VERSION = G._VERSION
    base.rawset = readonly_rawset
    base.print = function(...)
        local count = select("#", ...)
        local parts = { ... }
        for index = 1, count do parts[index] = tostring(parts[index]) end
        print_sink(concat(parts, "\t", 1, count))
    end
    for _, name in ipairs({ "string", "table", "math", "utf8", "coroutine" }) do
        base[name] = freeze(G[name], name)
    end
    local shequ = { api_version = 1 }
    for name, fn in next, shequ_functions do shequ[name] = fn end
    base.shequ = freeze(shequ, "shequ")

    local env = setmetatable({}, { __index = base, __metatable = "locked" })
    env._G = env
    set_env(env)

    local loaded, loading = {}, {}
    local function require(name)
        if type(name) ~= "string" then
            error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2)
        end
        local value = loaded[name]
        if value ~= nil then return value end
        if loading[name] then
            error("module '" .. name .. "' is required again while it loads (circular require)", 2)
        end
        local source, chunkname = module_source(name)
        if source == nil then error(chunkname, 2) end
        local chunk, message = load(source, chunkname, "t", env)
        if chunk == nil then error(message, 0) end
        loading[name] = true
        local guard <close> = setmetatable({}, { __close = function() loading[name] = nil end })
        value = chunk(name)
        if value == nil then value = true end
        loaded[name] = value
        return value
    end
    base.require = require

    local function resolve(module_name, function_name)
        local module = require(module_name)
        if type(module) ~= "table" then
            error("module '" .. module_name .. "' returns a " .. type(module) .. ", not a table of functions", 0)
        end
        local fn = rawget(module, function_name)
        if type(fn) ~= "function" then
            error("module '" .. module_name .. "' has no function '" .. function_name .. "'", 0)
        end
        return fn
    end

    local function lookup(name)
        return env[name]
    end

    return require, resolve, freeze, lookup
    """#
}
