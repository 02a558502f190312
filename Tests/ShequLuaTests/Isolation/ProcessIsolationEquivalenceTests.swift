import Foundation
import Logging
import Testing
@testable import ShequLua

/// Plugins see the same API in both isolation modes: every entry point gives equal results
/// and equal errors (tracebacks included), output and host functions cross to the host.
@Suite("Process isolation gives the results of in-process evaluation")
struct ProcessIsolationEquivalenceTests {
    func instances(deadline: Duration = .seconds(2), logger: Logger? = nil) throws -> (PluginInstance, PluginInstance) {
        let plugin = try IsolationFixture.plugin(deadline: deadline, logger: logger)
        return (try PluginInstance(plugin: plugin), try PluginInstance(plugin: plugin, isolation: .process(IsolationFixture.options())))
    }

    @Test(arguments: ["echo", "fail", "seeded", "context", "greet", "lua_loop", "no_such_hook"])
    func batchOfInputs(hook: String) async throws {
        let (local, isolated) = try instances(deadline: .milliseconds(300))
        var inputs = IsolationFixture.inputs(5, marking: [3], as: "loop")
        inputs.append(["name": "李四", "who": "王五"])
        inputs.append(["name": "nobody"])
        let context: LuaValue = ["tag": "t", "county": "411522"]
        let expected = await local.invokeBatch(hook: hook, inputs: inputs, context: context)
        let actual = await isolated.invokeBatch(hook: hook, inputs: inputs, context: context)
        #expect(actual == expected)
    }

    @Test func singleInvokeWithSeed() async throws {
        let (local, isolated) = try instances()
        for seed: Int64? in [nil, 42] {
            let expected = try await local.invoke(hook: "seeded", input: ["n": 1], randomSeed: seed)
            #expect(try await isolated.invoke(hook: "seeded", input: ["n": 1], randomSeed: seed) == expected)
        }
        await #expect(throws: PluginError.self) { try await isolated.invoke(hook: "fail", input: ["who": "x"]) }
    }

    @Test func callsWithSharedContext() async throws {
        let (local, isolated) = try instances()
        let countyA: [String: LuaValue] = ["county": "411522"]
        let countyB: [String: LuaValue] = ["county": "411523"]
        let calls = (0..<40).map { (index: Int) -> PluginCall in
            let number = LuaValue.integer(Int64(index))
            let input = LuaValue.table(LuaTable(fields: [.string("n"): number]))
            let own = LuaTable(fields: [.string("own"): number])
            return PluginCall(input: input, context: own, sharedContext: index % 3 == 0 ? countyB : countyA)
        }
        for hook in ["context", "seeded", "echo", "fail"] {
            let expected = await local.invokeBatch(hook: hook, calls: calls)
            #expect(await isolated.invokeBatch(hook: hook, calls: calls) == expected, "\(hook)")
        }
    }

    @Test func typedReadingGetsTheSameReader() async throws {
        let (local, isolated) = try instances()
        let calls = (0..<10).map { (index: Int) -> PluginCall in
            PluginCall(input: .table(LuaTable(fields: [.string("n"): .integer(Int64(index))])), sharedContext: ["tag": "x"])
        }
        func read(_ result: LuaValueReader) throws(LuaError) -> String {
            guard let table = result.table() else { return "not a table" }
            var parts: [String] = []
            try table.forEachField { key, value throws(LuaError) in
                parts.append("\(key)=\(try value.value())")
            }
            return parts.sorted().joined(separator: ";")
        }
        let expected = await local.invokeBatch(hook: "echo", calls: calls, reading: read)
        let actual = await isolated.invokeBatch(hook: "echo", calls: calls, reading: read)
        #expect(actual == expected)
        #expect(try actual[3].get().contains("6"), "\(actual[3])")
    }

    @Test func outputAndHostFunctionsCrossToTheHost() async throws {
        let localLog = LogRecorder(), isolatedLog = LogRecorder()
        let local = try PluginInstance(plugin: IsolationFixture.plugin(logger: localLog.logger))
        let isolated = try PluginInstance(
            plugin: IsolationFixture.plugin(logger: isolatedLog.logger), isolation: .process(IsolationFixture.options()))
        let inputs = IsolationFixture.inputs(3)
        #expect(await isolated.invokeBatch(hook: "chatty", inputs: inputs) == local.invokeBatch(hook: "chatty", inputs: inputs))
        #expect(isolatedLog.messages.map(\.message) == localLog.messages.map(\.message))
        #expect(isolatedLog.messages.map(\.level) == localLog.messages.map(\.level))
        #expect(isolatedLog.messages.first?.message == "hello 0")
        #expect(try await isolated.invoke(hook: "greet", input: ["name": "张三"]) == "你好, 张三")
    }
}
