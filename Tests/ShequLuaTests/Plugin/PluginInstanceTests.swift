import Foundation
import Testing
@testable import ShequLua

@Suite("Plugin instance")
struct PluginInstanceTests {
    private func points(host: PluginHost = PluginHost()) throws -> Plugin {
        try Plugin.load(from: Fixtures.plugin("points"), host: host)
    }

    @Test("a hook runs with input, context, modules and config")
    func invoke() async throws {
        var host = PluginHost()
        host.configOverrides = LuaTable(fields: ["bonus": ["elder": 7]])
        let instance = try PluginInstance(plugin: try points(host: host))
        let result = try await instance.invoke(hook: "score", input: ["age": 80, "minutes": 61], context: ["county": "411522"])
        // base 10 from the manifest, elder bonus 7 from the host's override, 1 hour.
        #expect(result == ["points": 18, "reasons": ["elder"], "county": "411522"])
    }

    @Test("a runtime error names the plugin, hook, file and line, with a traceback")
    func runtimeError() async throws {
        let instance = try PluginInstance(plugin: try points())
        let error = await #expect(throws: PluginError.self) {
            try await instance.invoke(hook: "score", input: ["fail": true, "name": "张三"])
        }
        #expect(error?.kind == .lua)
        #expect(error?.pluginID == "xinyang.guangshan.points")
        #expect(error?.hook == "score")
        #expect(error?.file == "rules/points.lua")
        #expect(error?.line == 17)
        #expect(error?.message == "resident 张三 has no record")
        #expect(error?.traceback?.contains("rules/points.lua:17") == true)
        #expect(error?.description.hasPrefix("rules/points.lua:17: resident 张三 has no record") == true)
    }

    @Test("an unknown hook is a clear error")
    func unknownHook() async throws {
        let instance = try PluginInstance(plugin: try points())
        let error = await #expect(throws: PluginError.self) {
            try await instance.invoke(hook: "nope", input: [:])
        }
        #expect(error?.kind == .unknownHook)
        #expect(error?.message.contains("score") == true)
    }

    @Test("the context is read-only to the hook")
    func readOnlyContext() async throws {
        let plugin = try Plugin.load(source: Fixtures.source(
            manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { mutate = 'm.mutate' } }",
            files: ["m.lua": "return { mutate = function(input, ctx) ctx.county = 'x' end }"]))
        let instance = try PluginInstance(plugin: plugin)
        let error = await #expect(throws: PluginError.self) {
            try await instance.invoke(hook: "mutate", input: [:], context: ["county": "411522"])
        }
        #expect(error?.message.contains("read-only") == true)
    }

    @Test("a killed call is followed by a clean state")
    func resetAfterKill() async throws {
        let host = PluginHost(limits: LuaLimits(instructionsPerCall: 2_000_000))
        let instance = try PluginInstance(plugin: try points(host: host))
        let error = await #expect(throws: PluginError.self) {
            try await instance.invoke(hook: "spin", input: [:])
        }
        #expect(error?.lua?.kind == .instructionBudget)
        #expect(error?.file == "util.lua")
        let after = try await instance.invoke(hook: "echo", input: ["x": 1], context: ["county": "c"])
        #expect(after == ["input": ["x": 1], "ctx_county": "c"])
    }

    @Test("cancel from another task stops a running hook")
    func cancel() async throws {
        let host = PluginHost(limits: LuaLimits(instructionsPerCall: .max, deadline: .seconds(60)))
        let instance = try PluginInstance(plugin: try points(host: host))
        // A thread of its own, so a busy cooperative pool cannot delay the cancel
        // past the fixture's deadline.
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            instance.cancel()
        }
        canceller.start()
        let error = await #expect(throws: PluginError.self) {
            try await instance.invoke(hook: "spin", input: [:])
        }
        #expect(error?.lua?.kind == .cancelled)
        #expect(try await instance.invoke(hook: "echo", input: 1) == ["input": 1])
    }

    @Test("math.random is the same for the same hook and input, and differs for another input")
    func deterministicRandom() async throws {
        let first = try PluginInstance(plugin: try points())
        let second = try PluginInstance(plugin: try points())
        let a = try await first.invoke(hook: "random", input: ["id": 1])
        let b = try await second.invoke(hook: "random", input: ["id": 1])
        let c = try await second.invoke(hook: "random", input: ["id": 2])
        let d = try await first.invoke(hook: "random", input: ["id": 1], randomSeed: 99)
        let e = try await second.invoke(hook: "random", input: ["id": 1], randomSeed: 99)
        #expect(a == b)
        #expect(a != c)
        #expect(d == e)
        #expect(a != d)
    }

    @Test("a batch keeps order and one failing item does not stop the others")
    func batch() async throws {
        let instance = try PluginInstance(plugin: try points())
        let inputs: [LuaValue] = [["age": 20], ["fail": true], ["age": 75, "minutes": 120]]
        let results = await instance.invokeBatch(hook: "score", inputs: inputs, context: ["county": "411522"])
        #expect(results.count == 3)
        #expect(try results[0].get().tableValue?["points"] == 10)
        #expect(throws: PluginError.self) { try results[1].get() }
        #expect(try results[2].get().tableValue?["points"] == 17)
    }

    @Test("the plugin's log and print reach the logger")
    func logging() async throws {
        let recorder = LogRecorder()
        let plugin = try Plugin.load(source: Fixtures.source(
            manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { run = 'm.run' } }",
            files: ["m.lua": """
                return { run = function()
                  print('hello', 1, nil)
                  shequ.log('warn', '注意')
                  local ok, message = pcall(shequ.log, 'loud', 'x')
                  return { api = shequ.api_version, ok = ok, message = message }
                end }
                """]),
            host: PluginHost(logger: recorder.logger))
        let result = try await PluginInstance(plugin: plugin).invoke(hook: "run", input: .nil)
        #expect(result.tableValue?["api"] == 1)
        #expect(result.tableValue?["ok"] == false)
        #expect(result.tableValue?["message"]?.stringValue?.contains("bad argument #1 to 'shequ.log'") == true)
        #expect(recorder.messages.map(\.message) == ["hello\t1\tnil", "注意"])
        #expect(recorder.messages.map(\.level) == [.info, .warning])
    }
}
