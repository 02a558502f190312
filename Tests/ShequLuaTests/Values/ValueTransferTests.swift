import Testing
@testable import ShequLua

@Suite("Value transfer")
struct ValueTransferTests {
    private func echo(_ value: LuaValue, limits: LuaLimits = LuaLimits()) throws -> LuaValue {
        let lua = try LuaSandbox(limits: limits)
        _ = try lua.run("function echo(v) return v end", chunkName: "echo.lua")
        return try lua.call("echo", [value]).first ?? .nil
    }

    @Test("nested tables, sequences and fields survive a round trip", arguments: [
        LuaValue.nil, true, false, 0, -7, .integer(.max), .integer(.min), 1.5, -0.25, 3.0,
        "", "村民委员会", ["a", "b", ["c": 1]],
        ["name": "张三", "age": 72, "tags": ["elder", "alone"], "score": 9.5, "ok": true],
        .table(LuaTable(array: [1, 2], fields: [.integer(10): "ten", .boolean(true): "yes", .number(2.5): "half"])),
    ])
    func roundTrip(value: LuaValue) throws {
        #expect(try echo(value) == value)
    }

    @Test("integers and floats stay apart")
    func integersAndFloats() throws {
        let lua = try LuaSandbox()
        let result = try lua.run("return 3, 3.0, 2^53, 7 // 2, 7 / 2, math.type(...)", chunkName: "n.lua", arguments: [.number(1)])
        #expect(result == [.integer(3), .number(3.0), .number(9_007_199_254_740_992), .integer(3), .number(3.5), "float"])
        let types = try lua.run("local a, b = ... return math.type(a), math.type(b)", chunkName: "t.lua", arguments: [.integer(1), .number(1)])
        #expect(types == ["integer", "float"])
    }

    @Test("strings with NUL bytes keep their length")
    func nulBytes() throws {
        let value = LuaValue.string("a\u{0}b\u{0}")
        #expect(try echo(value) == value)
        let lua = try LuaSandbox()
        #expect(try lua.run("return #(...), ('a\\0b'):len()", chunkName: "nul.lua", arguments: [value]) == [4, 3])
    }

    @Test("depth is limited both ways")
    func depth() throws {
        var deep: LuaValue = 1
        for _ in 0..<10 { deep = ["next": deep] }
        #expect(try echo(deep, limits: LuaLimits(maxDepth: 11)) == deep)
        let error = #expect(throws: LuaError.self) { try echo(deep, limits: LuaLimits(maxDepth: 5)) }
        #expect(error?.kind == .limitExceeded)
    }

    @Test("long strings are limited")
    func stringLimit() throws {
        let error = #expect(throws: LuaError.self) {
            try echo(.string(String(repeating: "x", count: 100)), limits: LuaLimits(maxStringBytes: 10))
        }
        #expect(error?.kind == .limitExceeded)
        let lua = try LuaSandbox(limits: LuaLimits(maxStringBytes: 10))
        let out = #expect(throws: LuaError.self) { try lua.run("return string.rep('x', 11)", chunkName: "s.lua") }
        #expect(out?.kind == .limitExceeded)
    }

    @Test("shared references to one table are fine; only cycles are refused")
    func sharedIsNotCycle() throws {
        let lua = try LuaSandbox()
        let result = try lua.run("local t = { 1 } return { a = t, b = t }", chunkName: "dag.lua")
        #expect(result == [["a": [1], "b": [1]]])
    }

    @Test("tables with metatables are read raw, without running metamethods")
    func rawReading() throws {
        let lua = try LuaSandbox(limits: LuaLimits(instructionsPerCall: 1_000_000))
        let result = try lua.run("""
            return setmetatable({ x = 1 }, {
              __index = function() while true do end end,
              __pairs = function() while true do end end,
              __len = function() while true do end end,
            })
            """, chunkName: "meta.lua")
        #expect(result == [["x": 1]])
    }

    @Test("errors carry file, line and a traceback")
    func errorLocation() throws {
        let lua = try LuaSandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run("local function inner()\n  error('boom')\nend\nlocal function outer() inner() end\nouter()", chunkName: "probe.lua")
        }
        #expect(error?.kind == .runtime)
        #expect(error?.file == "probe.lua")
        #expect(error?.line == 2)
        #expect(error?.message == "boom")
        #expect(error?.traceback?.contains("probe.lua:4") == true)
        #expect(error?.description.hasPrefix("probe.lua:2: boom (") == true)
        let syntax = #expect(throws: LuaError.self) { try lua.run("local x = = 1", chunkName: "bad.lua") }
        #expect(syntax?.kind == .syntax)
        #expect(syntax?.file == "bad.lua")
        #expect(syntax?.line == 1)
        let table = #expect(throws: LuaError.self) { try lua.run("error({ code = 1 })", chunkName: "t.lua") }
        #expect(table?.message.contains("table value") == true)
    }
}
