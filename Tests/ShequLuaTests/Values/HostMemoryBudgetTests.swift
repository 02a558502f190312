import Testing
@testable import ShequLua

/// A state holds a long string once; the host would copy it once per reference. Every value
/// read out of a state is charged against one byte budget (LuaLimits.maxValueBytes, never
/// more than the memory cap), counted once per reference, so a 32 MiB state cannot make
/// the host hold gigabytes.
@Suite("Host memory budget of values read out of a state")
struct HostMemoryBudgetTests {
    static let cap = 32 << 20
    static let limits = LuaLimits(memoryBytes: cap)

    // A 1 MiB string referred to 200 times: 200 MiB once copied, from a state of about 1 MiB.
    static let manyReferences = """
        local s = string.rep("x", 1 << 20)
        local items = {}
        for i = 1, 200 do items[i] = s end
        """

    @Test("a result that refers to one long string many times is stopped by the budget, naming it and the path")
    func resultReferences() throws {
        let lua = try LuaSandbox(limits: Self.limits)
        _ = try lua.run("function many() \(Self.manyReferences) return { items = items } end", chunkName: "many.lua")
        #expect(lua.memoryUsed < 4 << 20, "the state itself holds the string once")
        let error = #expect(throws: LuaError.self) { try lua.call("many") }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("LuaLimits.maxValueBytes") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("\(Self.cap) bytes") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("result of many.items[") == true, "\(error?.message ?? "")")
    }

    @Test("the same bytes under the budget pass")
    func underTheBudget() throws {
        let lua = try LuaSandbox(limits: Self.limits)
        let result = try lua.run("local s = string.rep('x', 1 << 20) return { s, s, s, s }", chunkName: "few.lua")
        #expect(result.first?.tableValue?.array.count == 4)
    }

    @Test("a table reached through many references counts each time")
    func sharedTables() throws {
        let lua = try LuaSandbox(limits: Self.limits)
        let error = #expect(throws: LuaError.self) {
            try lua.run("local inner = { string.rep('y', 1 << 20) } local t = {} for i = 1, 100 do t[i] = inner end return t", chunkName: "shared.lua")
        }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("LuaLimits.maxValueBytes") == true, "\(error?.message ?? "")")
    }

    @Test("keys count like strings")
    func keys() throws {
        let lua = try LuaSandbox(limits: Self.limits)
        let error = #expect(throws: LuaError.self) {
            try lua.run("local k = string.rep('k', 1 << 20) local t = {} for i = 1, 100 do t[i] = { [k] = true } end return t", chunkName: "keys.lua")
        }
        #expect(error?.kind == .limitExceeded)
    }

    @Test("results of one call share one budget")
    func severalResults() throws {
        let lua = try LuaSandbox(limits: Self.limits)
        let error = #expect(throws: LuaError.self) {
            // 40 results of a string just under maxBuiltStringBytes: 40 MiB against a 32 MiB budget.
            try lua.run("local s = string.rep('z', (1 << 20) - 64) return " + Array(repeating: "s", count: 40).joined(separator: ", "),
                        chunkName: "multi.lua")
        }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("result #") == true, "\(error?.message ?? "")")
    }

    @Test("the arguments of a host function are bounded; the body never runs")
    func hostFunctionArguments() throws {
        let called = Flag()
        let take = LuaHostFunction("take") { _ in
            called.set()
            return []
        }
        let lua = try LuaSandbox(limits: Self.limits, functions: [take])
        let error = #expect(throws: LuaError.self) {
            try lua.run("\(Self.manyReferences) shequ.take(1, { items = items })", chunkName: "args.lua")
        }
        #expect(error?.message.contains("argument #2 to 'shequ.take'") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("LuaLimits.maxValueBytes") == true)
        #expect(!called.value)
    }

    @Test("typed batch results read in place count every string read, with the path of the value")
    func typedReader() async throws {
        let plugin = try Plugin.load(
            source: Fixtures.source(
                manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { many = 'm.many' } }",
                files: ["m.lua": "return { many = function() \(Self.manyReferences) return { items = items } end }"]),
            host: PluginHost(limits: Self.limits))
        let instance = try PluginInstance(plugin: plugin)
        let results = await instance.invokeBatch(hook: "many", calls: [PluginCall(input: .nil)]) { (result) throws(LuaError) -> Int in
            var total = 0
            try result.table()?.forEachField { _, items throws(LuaError) in
                try items.table()?.forEachElement { _, item throws(LuaError) in total += try item.string()?.utf8.count ?? 0 }
            }
            return total
        }
        guard case .failure(let error) = results.first else {
            Issue.record("200 MiB of references were read: \(results)")
            return
        }
        #expect(error.lua?.kind == .limitExceeded)
        #expect(error.message.contains("result of hook 'many'.items[") == true, "\(error.message)")
        #expect(error.message.contains("LuaLimits.maxValueBytes"))
    }

    @Test("the budget is never more than the memory cap, and bounds the longest string")
    func budgetFollowsTheCap() {
        let limits = LuaLimits(memoryBytes: 8 << 20)
        #expect(limits.hostValueBudget == 8 << 20)
        #expect(limits.effectiveMaxStringBytes == 8 << 20)
        #expect(LuaLimits().hostValueBudget == 64 << 20)
        #expect(LuaLimits().effectiveMaxStringBytes == 16 << 20)
    }

    @Test("a manifest whose config refers to a long string many times is refused when it is read")
    func manifestConfig() throws {
        let manifest = """
            \(Self.manyReferences)
            return { id = 'a.b', version = '1.0.0', api = 1, hooks = {}, config = { items = items } }
            """
        let error = #expect(throws: PluginError.self) { try Plugin.load(source: Fixtures.source(manifest: manifest)) }
        #expect(error?.kind == .manifest)
        #expect(error?.message.contains("config.items[") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("LuaLimits.maxValueBytes") == true)
    }

    @Test("the config goes into a state under its memory cap: one too large for it fails setup")
    func configUnderTheCap() throws {
        let big = LuaValue.table(LuaTable(fields: ["big": LuaValue.string(String(repeating: "x", count: 8 << 20))]))
        let error = #expect(throws: LuaError.self) { try LuaSandbox(limits: LuaLimits(memoryBytes: 4 << 20), config: big) }
        #expect(error?.kind == .memory)
        #expect(error?.message.contains("configuration") == true, "\(error?.message ?? "")")
        let fits = try LuaSandbox(limits: LuaLimits(memoryBytes: 16 << 20), config: big)
        #expect(fits.memoryUsed <= 16 << 20)
    }

    @Test("host overrides of the config that exceed the cap fail the plugin, not the host")
    func configOverrides() throws {
        var host = PluginHost(limits: LuaLimits(memoryBytes: 4 << 20))
        host.configOverrides = LuaTable(fields: ["big": LuaValue.string(String(repeating: "x", count: 8 << 20))])
        let error = #expect(throws: PluginError.self) {
            try Plugin.load(source: Fixtures.source(manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = {} }"), host: host)
        }
        #expect(error?.lua?.kind == .memory)
    }
}

/// A flag a host function body sets, read by the test.
private final class Flag: @unchecked Sendable {
    private var storage = false
    var value: Bool { storage }
    func set() { storage = true }
}
