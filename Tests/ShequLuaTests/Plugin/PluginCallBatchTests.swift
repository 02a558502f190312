import Testing
@testable import ShequLua

@Suite("PluginInstance.invokeBatch(hook:calls:)")
struct PluginCallBatchTests {
    static let manifest = "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { run = 'm.run' } }"

    static func instance(_ module: String) throws -> PluginInstance {
        try PluginInstance(plugin: Plugin.load(source: Fixtures.source(manifest: manifest, files: ["m.lua": module])))
    }

    @Test("ctx holds the call's own fields and the shared ones, each call its own")
    func contextFields() async throws {
        let instance = try Self.instance("""
            return { run = function(input, ctx)
              return { n = input.n, age = ctx.subject.age, title = ctx.convention.title, articles = #ctx.convention.articles }
            end }
            """)
        let first: LuaValue = ["title": "甲村村规民约", "articles": ["第一条", "第二条"]]
        let second: LuaValue = ["title": "乙村村规民约", "articles": ["第一条"]]
        let calls = [
            PluginCall(input: ["n": 1], context: LuaTable(fields: ["subject": ["age": 70]]), sharedContext: ["convention": first]),
            PluginCall(input: ["n": 2], context: LuaTable(fields: ["subject": ["age": 35]]), sharedContext: ["convention": first]),
            PluginCall(input: ["n": 3], context: LuaTable(fields: ["subject": ["age": 8]]), sharedContext: ["convention": second]),
            PluginCall(input: ["n": 4], context: LuaTable(fields: ["subject": ["age": 50]]), sharedContext: ["convention": first]),
        ]
        let results = try await instance.invokeBatch(hook: "run", calls: calls).map { try $0.get().tableValue }
        #expect(results.map { $0?["n"] } == [1, 2, 3, 4])
        #expect(results.map { $0?["age"] } == [70, 35, 8, 50])
        #expect(results.map { $0?["title"] } == ["甲村村规民约", "甲村村规民约", "乙村村规民约", "甲村村规民约"])
        #expect(results.map { $0?["articles"] } == [2, 2, 1, 2])
    }

    @Test("ctx, its own fields and the shared fields are read-only, also when a plugin keeps them")
    func readOnly() async throws {
        let instance = try Self.instance("""
            local kept
            return { run = function(input, ctx)
              if input.keep then kept = ctx.convention end
              local target = input.kept and kept or (input.field == 'ctx' and ctx or ctx[input.field])
              local ok, message = pcall(function() target.title = 'changed' end)
              local raw = pcall(rawset, target, 'title', 'changed')
              return { ok = ok, raw = raw, message = message, title = ctx.convention.title }
            end }
            """)
        let convention: LuaValue = ["title": "村规民约"]
        let calls = [
            PluginCall(input: ["field": "ctx"], context: LuaTable(fields: ["subject": ["age": 1]]), sharedContext: ["convention": convention]),
            PluginCall(input: ["field": "subject"], context: LuaTable(fields: ["subject": ["age": 1]]), sharedContext: ["convention": convention]),
            PluginCall(input: ["field": "convention", "keep": true], sharedContext: ["convention": convention]),
            PluginCall(input: ["kept": true], sharedContext: ["convention": convention]),
        ]
        for result in await instance.invokeBatch(hook: "run", calls: calls) {
            let table = try #require(try result.get().tableValue)
            #expect(table["ok"] == false)
            #expect(table["raw"] == false)
            #expect(table["message"]?.stringValue?.contains("read-only table 'ctx'") == true)
            #expect(table["title"] == "村规民约")
        }
    }

    @Test("a read-only view cannot be unlocked, yet reads, pairs and # see through it")
    func readOnlyViewsHoldUnderAttack() async throws {
        let instance = try Self.instance("""
            local kept
            return { run = function(input, ctx)
              local seen = {}
              for key in pairs(ctx) do seen[#seen + 1] = key end
              table.sort(seen)
              local same = kept ~= nil and rawequal(kept, ctx.convention)
              kept = ctx.convention
              return {
                metatable = getmetatable(ctx),
                set_metatable = (pcall(setmetatable, ctx, {})),
                raw_subject = rawget(ctx, "subject") == nil,
                next_empty = next(ctx) == nil,
                keys = table.concat(seen, ","),
                care = #ctx.subject.care,
                first_care = ctx.subject.care[1],
                nested_write = (pcall(function() ctx.subject.care[1] = "x" end)),
                library_write = (pcall(function() string.upper = nil end)),
                library_rawset = (pcall(rawset, string, "upper", nil)),
                shequ_write = (pcall(function() shequ.config = nil end)),
                shared_kept = same,
              }
            end }
            """)
        let convention: LuaValue = ["title": "村规民约"]
        let call = PluginCall(input: [:], context: LuaTable(fields: ["subject": ["care": ["elderly-alone", "dibao"]]]),
                              sharedContext: ["convention": convention])
        let results = await instance.invokeBatch(hook: "run", calls: [call, call])
        let first = try #require(try results[0].get().tableValue)
        #expect(first["metatable"] == "read-only")
        #expect(first["set_metatable"] == false)
        #expect(first["raw_subject"] == true)
        // next sees through a view (without handing out the table behind it), like pairs.
        #expect(first["next_empty"] == false)
        #expect(first["keys"] == "convention,subject")
        #expect(first["care"] == 2)
        #expect(first["first_care"] == "elderly-alone")
        #expect(first["nested_write"] == false)
        #expect(first["library_write"] == false)
        #expect(first["library_rawset"] == false)
        #expect(first["shequ_write"] == false)
        // The shared convention is frozen once and passed as the same view to every call.
        let second = try #require(try results[1].get().tableValue)
        #expect(second["shared_kept"] == true)
    }

    @Test("each evaluation draws from its own seed, whatever earlier evaluations drew or reseeded")
    func drawsRestartEachEvaluation() async throws {
        let module = """
            return { run = function(input, ctx)
              if input.reseed then math.randomseed(input.reseed) end
              local last
              for _ = 1, input.draws do last = math.random(1, 1000000000) end
              return last
            end }
            """
        let busy = try Self.instance(module)
        let fresh = try Self.instance(module)
        let results = await busy.invokeBatch(hook: "run", calls: [
            PluginCall(input: ["draws": 100, "n": 1]),
            PluginCall(input: ["draws": 1, "reseed": 5, "n": 2]),
            PluginCall(input: ["draws": 1, "n": 3]),
        ])
        let alone = await fresh.invokeBatch(hook: "run", calls: [PluginCall(input: ["draws": 1, "n": 3])])
        #expect(try results[2].get() == alone[0].get())
        let reseeded = await fresh.invokeBatch(hook: "run", calls: [PluginCall(input: ["draws": 1, "reseed": 5, "n": 9])])
        #expect(try results[1].get() == reseeded[0].get())
    }

    @Test("the default seed depends on the input as for invoke, not on ctx")
    func seed() async throws {
        let instance = try Self.instance("return { run = function(input, ctx) return math.random(1, 1000000) end }")
        let single = try await instance.invoke(hook: "run", input: ["n": 7], context: ["x": 1])
        let batch = await instance.invokeBatch(hook: "run", calls: [
            PluginCall(input: ["n": 7], context: LuaTable(fields: ["x": 2]), sharedContext: ["y": "z"]),
            PluginCall(input: ["n": 7], randomSeed: 42),
        ])
        let seeded = try await instance.invoke(hook: "run", input: ["n": 7], randomSeed: 42)
        #expect(try batch[0].get() == single)
        #expect(try batch[1].get() == seeded)
    }

    @Test("a failing call fails alone, a killed call starts a fresh state with the shared fields sent again")
    func failures() async throws {
        let plugin = try Plugin.load(
            source: Fixtures.source(manifest: Self.manifest, files: ["m.lua": """
                return { run = function(input, ctx)
                  if input.fail then error('bad event') end
                  if input.spin then while true do end end
                  return ctx.convention.title
                end }
                """]),
            host: PluginHost(limits: LuaLimits(instructionsPerCall: 100_000)))
        let instance = try PluginInstance(plugin: plugin)
        let convention: LuaValue = ["title": "村规民约"]
        let results = await instance.invokeBatch(hook: "run", calls: [
            PluginCall(input: [:], sharedContext: ["convention": convention]),
            PluginCall(input: ["fail": true], sharedContext: ["convention": convention]),
            PluginCall(input: ["spin": true], sharedContext: ["convention": convention]),
            PluginCall(input: [:], sharedContext: ["convention": convention]),
        ])
        #expect(try results[0].get() == "村规民约")
        #expect(throws: PluginError.self) { try results[1].get() }
        let killed = #expect(throws: PluginError.self) { try results[2].get() }
        #expect(killed?.lua?.kind == .instructionBudget)
        #expect(try results[3].get() == "村规民约")
    }

    @Test("the memory of an instance's state is counted")
    func memory() async throws {
        let instance = try Self.instance("return { run = function(input) return input end }")
        _ = try await instance.invoke(hook: "run", input: 1)
        #expect(await instance.memoryUsed > 0)
    }
}
