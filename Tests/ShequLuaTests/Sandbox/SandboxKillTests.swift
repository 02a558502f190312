import Foundation
import Testing
@testable import ShequLua

/// After a kill, no plugin code runs again in that call (nor in a later one through
/// what the killed call left behind). Lua turns the count hook off on a thread while a
/// hook raises, so every place that would run plugin code in that gap is an attack.
@Suite("Sandbox kills are final")
struct SandboxKillTests {
    // A budget kill is deterministic; the deadline is only the backstop that ends a hang.
    private let limits = LuaLimits(instructionsPerCall: 2_000_000, deadline: .seconds(3))

    private func expectKilled(_ source: String, chunk: String = "attack.lua", limits: LuaLimits? = nil) throws {
        let lua = try LuaSandbox(limits: limits ?? self.limits)
        let start = ContinuousClock.now
        let error = #expect(throws: LuaError.self) { try lua.run(source, chunkName: chunk) }
        #expect(error?.kind == .instructionBudget, "\(String(describing: error))")
        // Liveness, not speed: without the fix these run for ever.
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(try lua.run("return 1 + 1", chunkName: "after.lua") == [2])
    }

    @Test("an xpcall message handler does not run after a kill")
    func xpcallHandler() throws {
        let lua = try LuaSandbox(limits: limits)
        let error = #expect(throws: LuaError.self) {
            try lua.run("""
                handled = 0
                xpcall(function() while true do end end, function(m) handled = handled + 1 while true do end end)
                """, chunkName: "xpcall.lua")
        }
        #expect(error?.kind == .instructionBudget)
        #expect(try lua.run("return handled", chunkName: "probe.lua") == [0])
        // Handlers still run for ordinary errors.
        let ordinary = try lua.run("return xpcall(error, function(m) return 'handled ' .. m end, 'x', 0)", chunkName: "ok.lua")
        #expect(ordinary == [false, "handled x"])
    }

    @Test("a pending <close> in a coroutine.wrap body does not run after a kill")
    func wrapClose() throws {
        try expectKilled("""
            local f = coroutine.wrap(function()
              local guard <close> = setmetatable({}, { __close = function() while true do end end })
              while true do end
            end)
            f()
            """)
    }

    @Test("coroutine.close of a killed coroutine does not run its close handlers")
    func closeKilledCoroutine() throws {
        try expectKilled("""
            local co = coroutine.create(function()
              local guard <close> = setmetatable({}, { __close = function() while true do end end })
              while true do end
            end)
            coroutine.resume(co)
            coroutine.close(co)
            while true do end
            """)
    }

    @Test("a metatable that gains __close after setmetatable is caught too")
    func lateClose() throws {
        try expectKilled("""
            local co = coroutine.wrap(function()
              local guard <close> = setmetatable({}, { __close = function() end })
              getmetatable(guard).__close = function() while true do end end
              while true do end
            end)
            pcall(co)
            while true do end
            """)
    }

    @Test("a coroutine killed in an earlier call and kept in a global never runs its close handlers")
    func killedCoroutineKeptForLater() throws {
        let lua = try LuaSandbox(limits: limits)
        _ = try? lua.run("""
            closed = 0
            kept = coroutine.create(function()
              local guard <close> = setmetatable({}, { __close = function() closed = closed + 1 while true do end end })
              while true do end
            end)
            coroutine.resume(kept)
            """, chunkName: "first.lua")
        #expect(lua.wasKilled)
        let later = try lua.run("return coroutine.close(kept)", chunkName: "later.lua")
        #expect(later.first == false)
        #expect(later.last?.stringValue?.contains("stopped by a limit") == true)
        #expect(try lua.run("return closed, coroutine.status(kept)", chunkName: "probe.lua") == [0, "dead"])
    }

    @Test("pcall and resume hand back a kill only to raise it again")
    func nothingAfterPcallOrResume() throws {
        let lua = try LuaSandbox(limits: limits)
        _ = try? lua.run("""
            after = 0
            local co = coroutine.create(function() while true do end end)
            coroutine.resume(co)
            after = after + 1
            pcall(function() while true do end end)
            after = after + 1
            """, chunkName: "after.lua")
        #expect(try lua.run("return after", chunkName: "probe.lua") == [0])
    }

    @Test("an error object whose __tostring loops is stopped, also as a close handler's error")
    func errorObjectToString() throws {
        try expectKilled("""
            error(setmetatable({}, { __tostring = function() while true do end end }))
            """)
        try expectKilled("""
            local object = setmetatable({}, { __tostring = function() while true do end end })
            local co = coroutine.wrap(function()
              local guard <close> = setmetatable({}, { __close = function() error(object) end })
              while true do end
            end)
            co()
            """)
    }

    @Test("ordinary <close> handlers, coroutine.close and wrap still work")
    func closeStillWorks() throws {
        let lua = try LuaSandbox()
        let result = try lua.run("""
            local log = {}
            do local a <close> = setmetatable({}, { __close = function() log[#log + 1] = 'block' end }) end
            local co = coroutine.create(function()
              local b <close> = setmetatable({}, { __close = function() log[#log + 1] = 'co' end })
              coroutine.yield(1)
            end)
            coroutine.resume(co)
            local closed = coroutine.close(co)
            local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
            local ok, message = pcall(coroutine.wrap(function()
              local c <close> = setmetatable({}, { __close = function() log[#log + 1] = 'wrap' end })
              error('boom', 0)
            end))
            return table.concat(log, ','), closed, gen() + gen() + gen(), ok, message
            """, chunkName: "close.lua")
        #expect(result == ["block,co,wrap", true, 6, false, "boom"])
    }

    /// Lua 5.4.4 bug (fixed in 5.4.6): lua_resetthread does not count the C stack of the
    /// coroutine it closes, so close handlers that close coroutines overflowed the C stack.
    @Test("nested coroutine.close from close handlers is an error, not a crash")
    func nestedClose() throws {
        let lua = try LuaSandbox(limits: LuaLimits(memoryBytes: 256 << 20, deadline: .seconds(20)))
        let result = try lua.run("""
            local count = 0
            local coro = false
            for i = 1, 30000 do
              local previous = coro
              coro = coroutine.create(function()
                local cc <close> = setmetatable({}, { __close = function()
                  count = count + 1
                  if previous then assert(coroutine.close(previous)) end
                end })
                coroutine.yield()
              end)
              assert(coroutine.resume(coro))
            end
            local ok, message = coroutine.close(coro)
            return ok, message, count
            """, chunkName: "nest.lua")
        #expect(result.first == false)
        #expect(result[1].stringValue?.contains("coroutine.close nests too deeply") == true)
        #expect((result.last?.integerValue ?? 0) < 10)
    }

    /// gmatch kept a spent recursion counter after an error, so the next call recursed
    /// without bound and overflowed the C stack.
    @Test("string.gmatch after a 'pattern too complex' error stays bounded")
    func gmatchDepth() throws {
        let lua = try LuaSandbox()
        let result = try lua.run("""
            local it = string.gmatch(string.rep('a', 300000), string.rep('a?', 300000) .. 'b')
            local messages = {}
            for i = 1, 3 do
              local ok, message = pcall(it)
              messages[i] = message
            end
            return table.concat(messages, '|')
            """, chunkName: "gmatch.lua")
        #expect(result == ["pattern too complex|pattern too complex|pattern too complex"])
    }

    @Test("require keeps working, its guard included, after a failed load")
    func requireStillWorks() throws {
        let modules = [
            "bad": LuaModuleFile(path: "bad.lua", text: "error('bad module', 0)"),
            "good": LuaModuleFile(path: "good.lua", text: "return { value = 7 }"),
        ]
        let lua = try LuaSandbox(modules: modules)
        let first = try lua.run("return pcall(require, 'bad')", chunkName: "r.lua")
        #expect(first == [false, "bad module"])
        // The <close> guard cleared "loading": a second try fails the same way, not as circular.
        let second = try lua.run("return pcall(require, 'bad')", chunkName: "r.lua")
        #expect(second == [false, "bad module"])
        #expect(try lua.run("return require('good').value", chunkName: "r.lua") == [7])
    }
}
