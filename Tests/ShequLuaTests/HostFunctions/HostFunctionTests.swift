import Testing
@testable import ShequLua

@Suite("Host functions")
struct HostFunctionTests {
    private struct Refusal: Error, CustomStringConvertible {
        var description: String { "居民编号不存在" }
    }

    private let functions = [
        LuaHostFunction("double") { arguments in [.integer(try arguments.integer(1) * 2)] },
        LuaHostFunction("refuse") { _ in throw Refusal() },
        LuaHostFunction("pair") { arguments in [arguments[1], .string(try arguments.optionalString(2) ?? "none")] },
        LuaHostFunction("count") { arguments in [.integer(Int64(arguments.count))] },
    ]

    @Test("a host function is called with plain values and returns them")
    func roundTrip() throws {
        let lua = try LuaSandbox(functions: functions)
        #expect(try lua.run("return shequ.double(21), shequ.double(2.0)", chunkName: "probe.lua") == [42, 4])
        #expect(try lua.run("return shequ.pair({ a = { 1, 2 } })", chunkName: "probe.lua") == [["a": [1, 2]], "none"])
        #expect(try lua.run("return shequ.count(nil, nil, 3)", chunkName: "probe.lua") == [3])
    }

    @Test("a Swift error becomes a Lua error catchable by pcall, located at the caller")
    func errorsBecomeLuaErrors() throws {
        let lua = try LuaSandbox(functions: functions)
        let caught = try lua.run("local ok, message = pcall(shequ.refuse)\nreturn ok, message", chunkName: "probe.lua")
        #expect(caught == [false, "居民编号不存在"])
        let error = #expect(throws: LuaError.self) {
            try lua.run("local x = 1\nshequ.refuse()", chunkName: "probe.lua")
        }
        #expect(error?.message == "居民编号不存在")
        #expect(error?.file == "probe.lua")
        #expect(error?.line == 2)
    }

    @Test("argument errors name the argument like lauxlib")
    func argumentErrors() throws {
        let lua = try LuaSandbox(functions: functions)
        let error = #expect(throws: LuaError.self) {
            try lua.run("shequ.double('x')", chunkName: "probe.lua")
        }
        #expect(error?.message == "bad argument #1 to 'shequ.double' (number expected, got string)")
        let missing = #expect(throws: LuaError.self) { try lua.run("shequ.double()", chunkName: "probe.lua") }
        #expect(missing?.message == "bad argument #1 to 'shequ.double' (number expected, got no value)")
        let fraction = #expect(throws: LuaError.self) { try lua.run("shequ.double(1.5)", chunkName: "probe.lua") }
        #expect(fraction?.message.contains("no integer representation") == true)
        let function = #expect(throws: LuaError.self) { try lua.run("shequ.pair(print)", chunkName: "probe.lua") }
        #expect(function?.message.contains("argument #1 to 'shequ.pair' is a function") == true)
    }

    @Test("a host function cannot be made to leak a Lua error: memory failures while returning are Lua errors")
    func noLeakUnderMemoryPressure() throws {
        let big = LuaHostFunction("big") { _ in [.string(String(repeating: "x", count: 4 << 20))] }
        let lua = try LuaSandbox(limits: LuaLimits(memoryBytes: 2 << 20), functions: [big])
        let result = try lua.run("local ok, message = pcall(shequ.big)\nreturn ok, message", chunkName: "probe.lua")
        #expect(result.first == false)
        #expect(result.last?.stringValue?.contains("not enough memory") == true)
        // The state keeps working afterwards.
        #expect(try lua.run("return 'ok'", chunkName: "after.lua") == ["ok"])
    }

    @Test("host function names must be Lua identifiers")
    func badName() {
        #expect(throws: LuaError.self) {
            try LuaSandbox(functions: [LuaHostFunction("no.dots") { _ in [] }])
        }
    }

    @Test("shequ.config returns a fresh copy each time")
    func config() throws {
        let lua = try LuaSandbox(config: ["base": 10, "nested": ["x": 1]])
        let result = try lua.run("""
            local a = shequ.config()
            a.base = 99
            a.nested.x = 2
            local b = shequ.config()
            return b.base, b.nested.x, rawequal(a, b)
            """, chunkName: "config.lua")
        #expect(result == [10, 1, false])
    }
}
