import Foundation
import Testing
@testable import ShequLua

@Suite("Plugin pool")
struct PluginPoolTests {
    private let manifest = "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { work = 'm.work' } }"
    private let module = """
        return { work = function(input, ctx)
          if input.fail then error('item ' .. input.id .. ' failed') end
          local sum = 0
          for i = 1, input.spin or 1000 do sum = sum + i % 7 end
          return { id = input.id, sum = sum, tag = ctx.tag, r = math.random(1, 1000) }
        end }
        """

    private func inputs(_ count: Int) -> [LuaValue] {
        (0..<count).map { index in
            var table = LuaTable()
            table["id"] = .integer(Int64(index))
            table["spin"] = .integer(Int64(200 + (index * 7919) % 3000))
            if index % 97 == 13 { table["fail"] = true }
            return .table(table)
        }
    }

    @Test("evaluates in parallel with results in input order and failures isolated")
    func orderAndIsolation() async throws {
        let plugin = try Plugin.load(source: Fixtures.source(manifest: manifest, files: ["m.lua": module]))
        let pool = try PluginPool(plugin: plugin, workers: 4)
        let items = inputs(2000)
        let results = await pool.evaluate(hook: "work", inputs: items, context: ["tag": "t"])
        #expect(results.count == items.count)
        for (index, result) in results.enumerated() {
            if index % 97 == 13 {
                let error = #expect(throws: PluginError.self) { try result.get() }
                #expect(error?.message == "item \(index) failed")
            } else {
                let table = try #require(try result.get().tableValue)
                #expect(table["id"] == .integer(Int64(index)))
                #expect(table["tag"] == "t")
            }
        }
        // Same inputs, same results, whichever worker ran them (math.random included).
        let again = await pool.evaluate(hook: "work", inputs: items, context: ["tag": "t"])
        let single = try PluginInstance(plugin: plugin)
        let sequential = await single.invokeBatch(hook: "work", inputs: items, context: ["tag": "t"])
        #expect(again.map { try? $0.get() } == results.map { try? $0.get() })
        #expect(sequential.map { try? $0.get() } == results.map { try? $0.get() })
    }

    @Test("cancel stops a pool evaluation")
    func cancel() async throws {
        let host = PluginHost(limits: LuaLimits(instructionsPerCall: .max, deadline: .seconds(60)))
        let plugin = try Plugin.load(
            source: Fixtures.source(manifest: manifest, files: ["m.lua": "return { work = function() while true do end end }"]),
            host: host)
        let pool = try PluginPool(plugin: plugin, workers: 2)
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            pool.cancel()
        }
        canceller.start()
        let results = await pool.evaluate(hook: "work", inputs: Array(repeating: .nil, count: 20))
        #expect(results.count == 20)
        for result in results {
            let error = #expect(throws: PluginError.self) { try result.get() }
            #expect(error?.lua?.kind == .cancelled)
        }
        // A cancel consumed by one evaluation does not leak into the next one.
        let quick = try Plugin.load(
            source: Fixtures.source(manifest: manifest, files: ["m.lua": "return { work = function(input) return input end }"]))
        let quickPool = try PluginPool(plugin: quick, workers: 2)
        quickPool.cancel()
        _ = await quickPool.evaluate(hook: "work", inputs: [1, 2, 3])
        #expect(await quickPool.evaluate(hook: "work", inputs: [1, 2, 3]).map { try? $0.get() } == [1, 2, 3])
    }
}
