import Foundation
import Testing
@testable import ShequLua

/// One test for every known escape from a Lua sandbox (see LUA-EMBEDDING.md).
@Suite("Sandbox escapes")
struct SandboxEscapeTests {
    private func sandbox(_ limits: LuaLimits = LuaLimits()) throws -> LuaSandbox {
        try LuaSandbox(limits: limits)
    }

    @Test("io, os, debug, package, dofile, loadfile, warn are absent")
    func dangerousGlobalsAbsent() throws {
        let lua = try sandbox()
        let result = try lua.run("""
            return io == nil, os == nil, debug == nil, package == nil,
                   dofile == nil, loadfile == nil, warn == nil, string.dump == nil
            """, chunkName: "probe.lua")
        #expect(result == Array(repeating: .boolean(true), count: 8))
    }

    @Test("the prelude's private functions (environment, read-only views, rawset) are gone before plugin code runs")
    func preludeInternalsAbsent() throws {
        let lua = try sandbox()
        let result = try lua.run("""
            return __shequ_set_env == nil, __shequ_freeze == nil, __shequ_rawset == nil,
                   _G.__shequ_set_env == nil, _G.__shequ_freeze == nil, _G.__shequ_rawset == nil
            """, chunkName: "probe.lua")
        #expect(result == Array(repeating: .boolean(true), count: 6))
    }

    @Test("package.loadlib cannot be reached")
    func packageLoadlib() throws {
        let lua = try sandbox()
        #expect(throws: LuaError.self) {
            try lua.run("return package.loadlib('/usr/lib/x86_64-linux-gnu/liblua5.4.so.0', 'luaopen_io')", chunkName: "probe.lua")
        }
        // Not via require either: it only knows the plugin's own modules.
        let error = #expect(throws: LuaError.self) {
            try lua.run("return require('io')", chunkName: "probe.lua")
        }
        #expect(error?.message.contains("module 'io' not found") == true)
    }

    @Test("load refuses the output of string.dump and hand-made binary chunks")
    func binaryLoad() throws {
        let lua = try sandbox()
        let result = try lua.run(#"""
            local f, message = load("\27Lua\84\0\25\147\13\10\26\10\4\8\8\120\86")
            local g, message2 = load("\27Lua", "x", "b")
            return f == nil, message, g == nil, message2
            """#, chunkName: "probe.lua")
        #expect(result[0] == .boolean(true))
        #expect(result[1].stringValue?.contains("binary") == true)
        #expect(result[2] == .boolean(true))
        #expect(result[3].stringValue?.contains("binary") == true)
    }

    @Test("string.dump is gone, also through the string metatable")
    func stringDump() throws {
        let lua = try sandbox()
        let result = try lua.run("return string.dump, ('x').dump", chunkName: "probe.lua")
        #expect(result == [.nil, .nil])
    }

    @Test("the string metatable and library tables are read-only")
    func stringMetatable() throws {
        let lua = try sandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run("getmetatable('').__index.upper = function() return 'pwned' end", chunkName: "probe.lua")
        }
        #expect(error?.kind == .runtime)
        #expect(throws: LuaError.self) { try lua.run("string.upper = nil", chunkName: "probe.lua") }
        #expect(throws: LuaError.self) { try lua.run("rawset(string, 'upper', print)", chunkName: "probe.lua") }
        #expect(throws: LuaError.self) { try lua.run("setmetatable(string, {})", chunkName: "probe.lua") }
        #expect(throws: LuaError.self) { try lua.run("shequ.api_version = 2", chunkName: "probe.lua") }
        let upper = try lua.run("return ('abc'):upper(), string.upper('x'), #string > -1", chunkName: "probe.lua")
        #expect(upper == ["ABC", "X", true])
        // The library tables stay usable: pairs and ipairs see through the proxies.
        let count = try lua.run("local n = 0 for _ in pairs(math) do n = n + 1 end return n", chunkName: "probe.lua")
        #expect((count.first?.integerValue ?? 0) > 20)
    }

    @Test("collectgarbage allows only \"count\"")
    func collectGarbage() throws {
        let lua = try sandbox()
        let count = try lua.run("return collectgarbage('count')", chunkName: "probe.lua")
        #expect((count.first?.doubleValue ?? 0) > 0)
        let error = #expect(throws: LuaError.self) {
            try lua.run("collectgarbage('collect')", chunkName: "probe.lua")
        }
        #expect(error?.message.contains("only collectgarbage(\"count\")") == true)
        #expect(throws: LuaError.self) { try lua.run("collectgarbage()", chunkName: "probe.lua") }
    }

    @Test("an infinite loop dies at the instruction budget")
    func infiniteLoop() throws {
        let lua = try sandbox(LuaLimits(instructionsPerCall: 5_000_000, deadline: .seconds(30)))
        let error = #expect(throws: LuaError.self) {
            try lua.run("local i = 0\nwhile true do i = i + 1 end", chunkName: "loop.lua")
        }
        #expect(error?.kind == .instructionBudget)
        #expect(error?.file == "loop.lua")
        #expect(error?.line == 2)
        #expect(lua.wasKilled)
    }

    @Test("an infinite loop dies at the deadline")
    func deadline() throws {
        let lua = try sandbox(LuaLimits(instructionsPerCall: .max, deadline: .milliseconds(100)))
        let start = ContinuousClock.now
        let error = #expect(throws: LuaError.self) { try lua.run("while true do end", chunkName: "loop.lua") }
        #expect(error?.kind == .deadline)
        // Liveness, not speed: the call ends at its deadline, not at the test's timeout.
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test("pcall and xpcall cannot swallow the kill")
    func pcallSwallow() throws {
        let lua = try sandbox(LuaLimits(instructionsPerCall: 2_000_000, deadline: .seconds(30)))
        let error = #expect(throws: LuaError.self) {
            try lua.run("""
                local function spin() while true do end end
                while true do
                    pcall(spin)
                    xpcall(spin, function(m) return m end)
                    pcall(pcall, spin)
                end
                """, chunkName: "swallow.lua")
        }
        #expect(error?.kind == .instructionBudget)
    }

    @Test("a killed call under pcall does not return normally")
    func pcallThenReturn() throws {
        let lua = try sandbox(LuaLimits(instructionsPerCall: 2_000_000, deadline: .seconds(30)))
        let error = #expect(throws: LuaError.self) {
            try lua.run("local ok = pcall(function() while true do end end)\nreturn 'survived'", chunkName: "swallow.lua")
        }
        #expect(error?.kind == .instructionBudget)
    }

    @Test("a loop inside coroutines dies too")
    func coroutineLoop() throws {
        let lua = try sandbox(LuaLimits(instructionsPerCall: 2_000_000, deadline: .seconds(30)))
        let error = #expect(throws: LuaError.self) {
            try lua.run("""
                while true do
                    local co = coroutine.create(function() while true do end end)
                    coroutine.resume(co)
                    local wrapped = coroutine.wrap(function() while true do coroutine.yield() end end)
                    pcall(wrapped)
                end
                """, chunkName: "co.lua")
        }
        #expect(error?.kind == .instructionBudget)
    }

    @Test("string.rep(…, 1e9) hits the memory cap")
    func stringRep() throws {
        let lua = try sandbox(LuaLimits(memoryBytes: 16 << 20))
        let error = #expect(throws: LuaError.self) {
            try lua.run("return #string.rep('x', 1e9)", chunkName: "rep.lua")
        }
        #expect(error?.kind == .memory)
        // The state is still usable afterwards.
        #expect(try lua.run("return 1 + 1", chunkName: "after.lua") == [2])
        // Tables grown without bound hit the cap as well.
        let tableError = #expect(throws: LuaError.self) {
            try lua.run("local t = {} for i = 1, 1e9 do t[i] = i end", chunkName: "grow.lua")
        }
        #expect(tableError?.kind == .memory)
    }

    @Test("a pattern bomb stops at the instruction budget")
    func patternBomb() throws {
        let lua = try sandbox(LuaLimits(instructionsPerCall: 20_000_000, deadline: .seconds(30)))
        let start = ContinuousClock.now
        let error = #expect(throws: LuaError.self) {
            try lua.run("""
                local subject = string.rep('a', 40)
                return string.find(subject, string.rep('a*', 40) .. 'b')
                """, chunkName: "bomb.lua")
        }
        #expect(error?.kind == .instructionBudget)
        #expect(error?.message.contains("in pattern matching") == true)
        #expect(error?.location == "bomb.lua:2")
        #expect(ContinuousClock.now - start < .seconds(10))
        // A plain find with a long near-miss needle is counted too.
        let plain = #expect(throws: LuaError.self) {
            try lua.run("""
                local subject = string.rep('a', 1000000)
                local needle = string.rep('a', 500000) .. 'b'
                for i = 1, 100 do string.find(subject, needle, 1, true) end
                """, chunkName: "plain.lua")
        }
        #expect(plain?.kind == .instructionBudget)
        // gsub and gmatch are counted as well, and the deadline applies to them.
        let timed = try sandbox(LuaLimits(instructionsPerCall: .max, deadline: .milliseconds(200)))
        let gsubError = #expect(throws: LuaError.self) {
            try timed.run("return (string.rep('a', 40)):gsub(string.rep('a*', 40) .. 'b', '')", chunkName: "bomb.lua")
        }
        #expect(gsubError?.kind == .deadline)
        // Ordinary patterns still work.
        let normal = try lua.run("return ('2024-05-01'):match('(%d+)-(%d+)-(%d+)')", chunkName: "ok.lua")
        #expect(normal == ["2024", "05", "01"])
    }

    @Test("deep recursion is a clean error")
    func deepRecursion() throws {
        let lua = try sandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run("local function f(n) return 1 + f(n + 1) end\nreturn f(1)", chunkName: "deep.lua")
        }
        #expect(error?.kind == .runtime || error?.kind == .memory)
        #expect(try lua.run("return 'alive'", chunkName: "after.lua") == ["alive"])
    }

    @Test("a __gc that would loop at close is refused, and closing stays quick")
    func gcLoopAtClose() throws {
        let start = ContinuousClock.now
        do {
            let lua = try sandbox()
            let error = #expect(throws: LuaError.self) {
                try lua.run("setmetatable({}, { __gc = function() while true do end end })", chunkName: "gc.lua")
            }
            #expect(error?.message.contains("__gc") == true)
            // Even a metatable that gains __gc later never gets the object finalized.
            _ = try lua.run("""
                local mt = {}
                keep = setmetatable({}, mt)
                mt.__gc = function() while true do end end
                """, chunkName: "gc2.lua")
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("a huge table returned to the host is refused")
    func hugeTable() throws {
        let lua = try sandbox(LuaLimits(maxTableEntries: 10_000))
        let error = #expect(throws: LuaError.self) {
            try lua.run("local t = {} for i = 1, 20000 do t[i] = i end return t", chunkName: "big.lua")
        }
        #expect(error?.kind == .limitExceeded)
        let deep = #expect(throws: LuaError.self) {
            try lua.run("local t = {} local c = t for i = 1, 100 do c.next = {} c = c.next end return t", chunkName: "deep.lua")
        }
        #expect(deep?.kind == .limitExceeded)
    }

    @Test("a non-UTF-8 string returned to the host is refused, naming the path")
    func invalidUTF8() throws {
        let lua = try sandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run(#"return { person = { name = "\255\254" } }"#, chunkName: "bytes.lua")
        }
        #expect(error?.kind == .invalidValue)
        #expect(error?.message.contains("person.name") == true)
    }

    @Test("functions, coroutines and cycles returned to the host are refused")
    func unsupportedValues() throws {
        let lua = try sandbox()
        let function = #expect(throws: LuaError.self) {
            try lua.run("return { items = { 1, print } }", chunkName: "fn.lua")
        }
        #expect(function?.kind == .invalidValue)
        #expect(function?.message.contains("items[2]") == true)
        let cycle = #expect(throws: LuaError.self) {
            try lua.run("local t = {} t.self = t return t", chunkName: "cycle.lua")
        }
        #expect(cycle?.kind == .invalidValue)
        #expect(cycle?.message.contains("cycle") == true)
        let thread = #expect(throws: LuaError.self) {
            try lua.run("return coroutine.create(print)", chunkName: "co.lua")
        }
        #expect(thread?.kind == .invalidValue)
    }

    @Test("cancel from another thread stops a running call")
    func cancelFromAnotherThread() async throws {
        let cancellation = LuaCancellation()
        let lua = try LuaSandbox(limits: LuaLimits(instructionsPerCall: .max, deadline: .seconds(60)), cancellation: cancellation)
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            cancellation.cancel()
        }
        canceller.start()
        let start = ContinuousClock.now
        let error = #expect(throws: LuaError.self) { try lua.run("while true do end", chunkName: "loop.lua") }
        #expect(error?.kind == .cancelled)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(!cancellation.isCancelled)
    }

    @Test("print flooding is capped per call with one notice")
    func printFlood() throws {
        let recorder = LogRecorder()
        let lua = try LuaSandbox(limits: LuaLimits(printBytesPerCall: 1000), logger: recorder.logger)
        _ = try lua.run("for i = 1, 100000 do print(string.rep('x', 50)) end", chunkName: "flood.lua")
        let messages = recorder.messages
        #expect(messages.count < 25)
        #expect(messages.filter { $0.level == .warning }.count == 1)
        // The cap is per call: the next call may print again.
        _ = try lua.run("print('again')", chunkName: "again.lua")
        #expect(recorder.messages.last?.message == "again")
    }

    @Test("math.random is deterministic per seed and randomseed cannot undo that")
    func randomDeterminism() throws {
        let first = try sandbox()
        let second = try sandbox()
        let source = "local t = {} for i = 1, 5 do t[i] = math.random(1, 1000000) end return t"
        let a = try first.run(source, chunkName: "r.lua", randomSeed: 42)
        let b = try second.run(source, chunkName: "r.lua", randomSeed: 42)
        let c = try second.run(source, chunkName: "r.lua", randomSeed: 43)
        #expect(a == b)
        #expect(a != c)
        let error = #expect(throws: LuaError.self) {
            try first.run("math.randomseed()", chunkName: "seed.lua")
        }
        #expect(error?.message.contains("explicit seed") == true)
        // An explicit reseed stays deterministic.
        let d = try first.run("math.randomseed(7) return math.random(1, 1000000)", chunkName: "s.lua", randomSeed: 1)
        let e = try second.run("math.randomseed(7) return math.random(1, 1000000)", chunkName: "s.lua", randomSeed: 2)
        #expect(d == e)
    }

    @Test("load takes text only and runs it in an explicit environment")
    func loadEnvironment() throws {
        let lua = try sandbox()
        let result = try lua.run("""
            secret = 1
            local f = load("return secret")
            local g = load("return secret", "g", "t", {})
            local h = load("return io")
            return f(), g(), h()
            """, chunkName: "load.lua")
        #expect(result == [1, .nil, .nil])
    }

    @Test("one plugin cannot affect another")
    func isolation() throws {
        let first = try sandbox()
        let second = try sandbox()
        _ = try? first.run("string.upper = function() return 'pwned' end", chunkName: "evil.lua")
        _ = try first.run("x = 1; _G.y = 2", chunkName: "globals.lua")
        let result = try second.run("return string.upper('a'), x, y", chunkName: "victim.lua")
        #expect(result == ["A", .nil, .nil])
    }
}
