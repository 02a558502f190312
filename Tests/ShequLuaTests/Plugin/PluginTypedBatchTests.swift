import Testing
@testable import ShequLua

/// A call that writes a resident-like input field by field, as an integrator's typed input would.
private struct ResidentCall: PluginCallArguments {
    var id: String
    var age: Int
    var tags: [String]
    var note: String?
    var sharedContext: [String: LuaValue] = [:]

    /// The same input as a LuaValue, for comparison.
    var expected: LuaValue {
        var table = LuaTable(fields: ["id": .string(id), "age": .integer(Int64(age)), "tags": .table(LuaTable(array: tags.map(LuaValue.string)))])
        if let note { table["note"] = .string(note) }
        return .table(table)
    }

    func writeInput(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.beginTable()
        try writer.key("age")
        try writer.write(age)
        try writer.key("tags")
        try writer.beginTable()
        for tag in tags { try writer.write(tag) }
        try writer.endTable()
        if let note {
            try writer.key("note")
            try writer.write(note)
        }
        try writer.key("id")
        try writer.write(id)
        try writer.endTable()
    }

    func writeContext(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.beginTable()
        try writer.key("county")
        try writer.write("411522")
        try writer.endTable()
    }
}

@Suite("PluginInstance.invokeBatch(hook:calls:reading:): typed arguments and results read in place")
struct PluginTypedBatchTests {
    static let manifest = "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { run = 'm.run' } }"

    static func instance(_ module: String, limits: LuaLimits = LuaLimits()) throws -> PluginInstance {
        try PluginInstance(plugin: Plugin.load(source: Fixtures.source(manifest: manifest, files: ["m.lua": module]),
                                               host: PluginHost(limits: limits)))
    }

    @Test("written arguments reach the hook as the same tables as their LuaValue, with the same default seed")
    func writtenArguments() async throws {
        let instance = try Self.instance("""
            return { run = function(input, ctx)
              return { input = input, county = ctx.county, random = math.random(1, 1000000000) }
            end }
            """)
        let calls = [
            ResidentCall(id: "r-1", age: 72, tags: ["独居", "低保"], note: "含\"引号\"与\n换行"),
            ResidentCall(id: "r-2", age: 8, tags: [], note: nil),
        ]
        let typed = await instance.invokeBatch(hook: "run", calls: calls) { (result) throws(LuaError) in try result.value() }
        let plain = await instance.invokeBatch(hook: "run", calls: calls.map {
            PluginCall(input: $0.expected, context: LuaTable(fields: ["county": "411522"]))
        })
        for (index, call) in calls.enumerated() {
            let value = try #require(try typed[index].get().tableValue)
            #expect(value["input"] == call.expected)
            #expect(value["county"] == "411522")
            #expect(try typed[index].get() == plain[index].get())
        }
    }

    @Test("results are read in place: scalars, sequences, fields and the whole value")
    func readingInPlace() async throws {
        let instance = try Self.instance("""
            return { run = function(input, ctx)
              return { 10, 20, 30, kind = "award_points", ratio = 0.5, ok = true, nested = { "a", x = 1 } }
            end }
            """)
        struct Read: Equatable {
            var elements: [Int64] = []
            var kind: String?
            var ratio: Double?
            var ok: Bool?
            var nestedSequence = 0
            var nestedHasFields = false
        }
        let results = await instance.invokeBatch(hook: "run", calls: [PluginCall(input: [:])]) { (result) throws(LuaError) -> Read in
            var read = Read()
            guard let table = result.table() else { return read }
            try table.forEachElement { _, element throws(LuaError) in read.elements.append(element.integer ?? -1) }
            try table.forEachField { key, value throws(LuaError) in
                switch key {
                case "kind": read.kind = try value.string()
                case "ratio": read.ratio = value.number
                case "ok": read.ok = value.boolean
                case "nested":
                    let nested = value.table()
                    read.nestedSequence = nested?.sequenceCount ?? -1
                    read.nestedHasFields = nested?.hasFields ?? false
                default: break
                }
            }
            return read
        }
        let read = try results[0].get()
        #expect(read == Read(elements: [10, 20, 30], kind: "award_points", ratio: 0.5, ok: true, nestedSequence: 1, nestedHasFields: true))
    }

    @Test("a hostile result fails its own call with a plugin error, and the next call runs", arguments: [
        ("local t = {} t[1] = t return t", "contains itself"),
        ("return { f = function() end }", "cannot be passed to the host"),
        ("return { [\"\\xff\\xfe\"] = 1 }", "not valid UTF-8"),
        ("return { s = \"\\xff\" }", "not valid UTF-8"),
        ("local t = {} local c = t for i = 1, 100 do c[1] = {} c = c[1] end return t", "nests deeper"),
        ("local t = {} for i = 1, 3000 do t['k' .. i] = i end return t", "table entries"),
        ("return { [{}] = 1 }", "key"),
    ])
    func hostileResults(body: String, message: String) async throws {
        let instance = try Self.instance("""
            return { run = function(input, ctx)
              if input.bad then \(body) end
              return { ok = true }
            end }
            """, limits: LuaLimits(maxTableEntries: 2000))
        let results = await instance.invokeBatch(hook: "run", calls: [PluginCall(input: ["bad": true]), PluginCall(input: ["bad": false])]) {
            (result) throws(LuaError) -> LuaValue in
            try Self.deepRead(result)
            return try result.value()
        }
        let error = try #require(results[0].failureValue)
        #expect(error.message.contains(message), "\(error.message)")
        #expect(try results[1].get() == ["ok": true])
    }

    @Test("the writer refuses what the limits refuse, naming where", arguments: [
        ("string", "input.note"),
        ("depth", "nests deeper"),
    ])
    func writerLimits(kind: String, message: String) async throws {
        let limits = LuaLimits(maxDepth: 8, maxStringBytes: 300)
        let instance = try Self.instance("return { run = function(input, ctx) return input end }", limits: limits)
        var call = ResidentCall(id: "r-1", age: 1, tags: [], note: nil)
        if kind == "string" { call.note = String(repeating: "长", count: limits.maxStringBytes / 3 + 1) }
        let results: [Result<LuaValue, PluginError>]
        if kind == "depth" {
            var deep: LuaValue = 1
            for _ in 0...limits.maxDepth { deep = .table(LuaTable(array: [deep])) }
            results = await instance.invokeBatch(hook: "run", calls: [PluginCall(input: deep)]) { (result) throws(LuaError) in try result.value() }
        } else {
            results = await instance.invokeBatch(hook: "run", calls: [call]) { (result) throws(LuaError) in try result.value() }
        }
        let error = try #require(results[0].failureValue)
        #expect(error.message.contains(message), "\(error.message)")
    }

    // Reads every part of a value through the reader, as a typed result would.
    static func deepRead(_ value: LuaValueReader) throws(LuaError) {
        switch try value.content() {
        case .table(let table):
            try table.forEachElement { _, element throws(LuaError) in try deepRead(element) }
            try table.forEachField { _, element throws(LuaError) in try deepRead(element) }
        default:
            break
        }
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
