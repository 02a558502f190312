import Foundation
import Testing
@testable import ShequLua

/// A hostile plugin run again and again in a pool loses no worker: every attack ends at its
/// limit or as an error, and afterwards every worker still evaluates a normal call correctly.
@Suite("Plugin pool under a hostile plugin")
struct HostilePoolTests {
    private let manifest = "return { id = 'h.pool', version = '1.0.0', api = 1, hooks = { attack = 'm.attack', work = 'm.work' } }"
    private let module = """
        local attacks = {
          function() xpcall(function() while true do end end, function() while true do end end) end,
          function()
            coroutine.wrap(function()
              local g <close> = setmetatable({}, { __close = function() while true do end end })
              while true do end
            end)()
          end,
          function()
            local co = coroutine.create(function()
              local g <close> = setmetatable({}, { __close = function() while true do end end })
              while true do end
            end)
            coroutine.resume(co)
            coroutine.close(co)
          end,
          function() table.move({}, 1, 1 << 40, 2) end,
          function() table.insert(setmetatable({}, { __len = function() return 1 << 40 end }), 1, 'x') end,
          function() local s = string.rep('a', 100000) while true do s:upper() end end,
          function() local _, state = pairs(string) state.upper = function() return 'pwned' end end,
          function()
            local it = string.gmatch(string.rep('a', 300000), string.rep('a?', 300000) .. 'b')
            for i = 1, 3 do pcall(it) end
            it()
          end,
          function() local s = string.rep('a', 100000) local n = string.rep('a', 20000) .. 'b'
            while true do s:find(n, 1, true) end end,
        }
        return {
          attack = function(input) attacks[input.kind]() return 'survived' end,
          work = function(input) return { upper = string.upper(input.name), sum = input.a + input.b } end,
        }
        """

    @Test("100 hostile calls, then every worker still works")
    func workersSurvive() async throws {
        let host = PluginHost(limits: LuaLimits(instructionsPerCall: 5_000_000, deadline: .seconds(2)))
        let plugin = try Plugin.load(source: Fixtures.source(manifest: manifest, files: ["m.lua": module]), host: host)
        let pool = try PluginPool(plugin: plugin, workers: 2)
        var inputs: [LuaValue] = []
        for index in 0..<100 {
            var input = LuaTable()
            input["kind"] = .integer(Int64(index % 9 + 1))
            inputs.append(.table(input))
        }
        let start = ContinuousClock.now
        let results = await pool.evaluate(hook: "attack", inputs: inputs)
        // Liveness only: this task may wait for a cooperative thread other suites hold.
        #expect(ContinuousClock.now - start < .seconds(600))
        for result in results {
            #expect(throws: PluginError.self) { try result.get() }
        }
        for instance in pool.instances {
            var input = LuaTable()
            input["name"] = .string("ok")
            input["a"] = .integer(2)
            input["b"] = .integer(3)
            let output = try await instance.invoke(hook: "work", input: .table(input))
            var expected = LuaTable()
            expected["upper"] = .string("OK")
            expected["sum"] = .integer(5)
            #expect(output == .table(expected))
        }
    }
}
