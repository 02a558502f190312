import Foundation
import Testing
@testable import ShequLua

/// Read-only means read-only through every door: a view never hands out the table behind
/// it. `pairs(view)` used to return the target as its iteration state, which made the
/// library tables (and so the real `string` table behind every string's methods),
/// `shequ` and `ctx` writable.
@Suite("Read-only views")
struct ReadOnlyViewTests {
    @Test(arguments: ["string", "table", "math", "utf8", "coroutine", "shequ"])
    func pairsDoesNotHandOutTheTarget(library: String) throws {
        let lua = try LuaSandbox()
        let result = try lua.run("""
            local view = \(library)
            local iterate, state, first = pairs(view)
            local same = rawequal(state, view)
            local written = pcall(function() state.injected = 1 end)
            local rawWritten = pcall(rawset, state, 'injected', 1)
            local count = 0
            for key, value in pairs(view) do count = count + 1 end
            local viaNext = 0
            for key in next, view do viaNext = viaNext + 1 end
            return same, written, rawWritten, count > 0, count == viaNext, view.injected
            """, chunkName: "leak.lua")
        let expected: [LuaValue] = [.boolean(true), .boolean(false), .boolean(false), .boolean(true), .boolean(true), .nil]
        #expect(result == expected)
    }

    @Test("the string table behind every string's methods stays unchanged")
    func stringMethodsStay() throws {
        let lua = try LuaSandbox()
        _ = try? lua.run("""
            local _, state = pairs(string)
            state.upper = function() return 'pwned' end
            """, chunkName: "attack.lua")
        _ = try? lua.run("""
            for key, value in next, string do
              if type(value) == 'table' then value.x = 1 end
            end
            local mt = getmetatable('')
            if type(mt) == 'table' then mt.__index.upper = function() return 'pwned' end end
            """, chunkName: "attack2.lua")
        #expect(try lua.run("return ('a'):upper(), string.upper('b')", chunkName: "probe.lua") == ["A", "B"])
    }

    @Test("every other door: next, rawget, rawequal, getmetatable, ipairs, table functions, load, coroutines")
    func everyDoor() throws {
        let lua = try LuaSandbox()
        let result = try lua.run("""
            local view = shequ
            local results = {}
            local function refused(f) return (pcall(f)) == false end
            results[#results + 1] = type(next(view)) == 'string'
            results[#results + 1] = rawget(view, 'api_version') == nil
            results[#results + 1] = getmetatable(view) == 'read-only'
            results[#results + 1] = refused(function() setmetatable(view, {}) end)
            results[#results + 1] = refused(function() table.insert(view, 1) end)
            results[#results + 1] = refused(function() table.move({ 1 }, 1, 1, 1, view) end)
            results[#results + 1] = refused(function() table.sort(view) end) or #view == 0
            results[#results + 1] = refused(function() load('api_version = 2', 'x', 't', view)() end)
            results[#results + 1] = refused(coroutine.wrap(function() view.api_version = 3 end))
            results[#results + 1] = view.api_version == 1
            local n = 0
            for _, v in ipairs(view) do n = n + 1 end
            results[#results + 1] = n == 0
            return table.unpack(results)
            """, chunkName: "doors.lua")
        #expect(result == Array(repeating: .boolean(true), count: 11))
    }

    @Test("nested tables of a view are views too, also when reached through pairs")
    func nestedViews() async throws {
        let plugin = try Plugin.load(source: Fixtures.source(
            manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { h = 'm.h' } }",
            files: ["m.lua": """
                return { h = function(input, ctx)
                  local refused = 0
                  for key, value in pairs(ctx) do
                    if type(value) == 'table' then
                      if not pcall(function() value.injected = 1 end) then refused = refused + 1 end
                    end
                  end
                  local _, state = pairs(ctx)
                  local direct = pcall(function() state.county = 'x' end)
                  return { refused = refused, direct = direct, county = ctx.county }
                end }
                """]))
        let instance = try PluginInstance(plugin: plugin)
        var grid = LuaTable()
        grid["id"] = .integer(7)
        var context = LuaTable()
        context["county"] = .string("411522")
        context["grid"] = .table(grid)
        let output = try await instance.invoke(hook: "h", input: .nil, context: .table(context))
        var expected = LuaTable()
        expected["refused"] = .integer(1)
        expected["direct"] = .boolean(false)
        expected["county"] = .string("411522")
        #expect(output == .table(expected))
    }
}
