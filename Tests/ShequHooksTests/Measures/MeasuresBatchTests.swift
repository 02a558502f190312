import Foundation
import ShequCore
import Testing
@testable import ShequHooks
@testable import ShequLua

@Suite("The measures hook in batches: the direct input table and the shared convention")
struct MeasuresBatchTests {
    static func generated() -> [BehaviourEvent] {
        let members: [BehaviourEventGenerator.Member] = [.init(id: "r-1", age: 78), .init(id: "r-2", age: 45), .init(id: "r-3", age: 16)]
        let households = (1...40).map { (id: "h-\($0)", members: members) }
        return BehaviourEventGenerator(seed: 3, year: 2025, month: 4).events(community: CommunityID("411522100201"), households: households)
    }

    @Test("an event's hook input is the table LuaEncoder makes of it")
    func hookInput() throws {
        var events = Self.generated()
        events.append(BehaviourEvent(id: "e-x", kind: "banquet", subject: .resident("r-9"), household: nil,
                                     community: CommunityID("c"), occurredOn: CivilDate("2025-04-09")!, place: "村口",
                                     reporter: "网格员", evidence: [], facts: ["ceremony": .string("wedding"), "hours": .number(1.5),
                                                                          "tags": .list([.string("a")]), "nested": .table(["n": .integer(1)])]))
        #expect(Set(events.map(\.kind)).count >= 4)
        for event in events {
            #expect(event.hookInput == (try LuaEncoder().encode(event)))
        }
    }

    @Test("batched evaluation gives what one call per event with the whole ctx gives")
    func sameAsOneByOne() async throws {
        let plugin = try Plugin.load(from: MeasuresRunTests.sample, host: MeasuresManifest.host(PluginHost()))
        let first = try ConventionVersion(convention: ConventionID("c-1"), community: CommunityID("411522100201"), kind: .villageRules,
                                          number: 1, title: "甲村村规民约", articles: MeasuresRunTests.articles(9), draftedOn: CivilDate("2025-01-02")!)
        let second = try ConventionVersion(convention: ConventionID("c-1"), community: CommunityID("411522100201"), kind: .villageRules,
                                           number: 2, title: "甲村村规民约（修订）", articles: MeasuresRunTests.articles(10), draftedOn: CivilDate("2025-03-02")!)
        let items = Self.generated().enumerated().map { index, event in
            (event: event, context: MeasuresContext(version: index % 7 == 0 ? second : (index % 11 == 0 ? nil : first),
                                                    facts: MeasuresFacts(age: index % 90, householdSize: 3)))
        }
        let evaluator = try MeasuresEvaluator(plugin: plugin, workers: 2)
        let batched = await evaluator.evaluate(items)
        var oneByOne: [PluginResult] = []
        let instance = try PluginInstance(plugin: plugin)
        for (event, context) in items {
            let output = try await instance.invoke(hook: MeasuresHook.name, input: LuaEncoder().encode(event), context: context.luaValue)
            oneByOne.append(.measures(try MeasuresHook.proposals(from: output, pluginID: plugin.manifest.id)))
        }
        #expect(batched == oneByOne)
        #expect(batched.contains { if case .measures(let list) = $0 { !list.isEmpty } else { false } })
    }

    @Test("a rule reads the convention and the subject from ctx in a batch")
    func contextInBatch() async throws {
        let plugin = try Plugin.load(source: PluginSource(manifestText: """
            return { id = "t.ctx", version = "1.0.0", api = 1, hooks = { measures = "rules.evaluate" },
              measures = { { kind = "commendation" } } }
            """, modules: ["rules": LuaModuleFile(path: "rules.lua", text: """
            return { evaluate = function(event, ctx)
              local title = ctx.convention and ctx.convention.title or "无"
              return { { kind = "commendation", reason = title .. "/" .. tostring(ctx.subject.age) .. "/" .. #(ctx.convention and ctx.convention.articles or {}) } }
            end }
            """)], tests: []), host: MeasuresManifest.host(PluginHost()))
        let version = try ConventionVersion(convention: ConventionID("c-1"), community: CommunityID("c"), kind: .villageRules,
                                            number: 1, title: "乙村村规民约", articles: MeasuresRunTests.articles(3), draftedOn: CivilDate("2025-01-02")!)
        let events = Self.generated().prefix(3)
        let items = events.enumerated().map { index, event in
            (event: event, context: MeasuresContext(version: index == 1 ? nil : version, facts: MeasuresFacts(age: 60 + index)))
        }
        let results = try await MeasuresEvaluator(plugin: plugin, workers: 1).evaluate(items)
        let reasons = results.map { result -> String? in
            guard case .measures(let list) = result else { return nil }
            return list.first?.fields["reason"]?.stringValue
        }
        #expect(reasons == ["乙村村规民约/60/3", "无/61/0", "乙村村规民约/62/3"])
    }

    @Test("an event written straight into the state has the hash, and so the seed, of its hook input")
    func writtenInputHash() throws {
        var events = Self.generated()
        events.append(BehaviourEvent(id: "e-x", kind: "banquet", subject: .resident("r-9"), household: nil,
                                     community: CommunityID("c"), occurredOn: CivilDate("2025-04-09")!, place: "村口",
                                     reporter: "网格员", evidence: ["照片1", "照片2"], facts: [
                                         "ceremony": .string("wedding"), "hours": .number(1.5), "gone": .null,
                                         "tags": .list([.string("a"), .null]), "nested": .table(["n": .integer(1), "z": .null])]))
        for event in events {
            var written = LuaValueWriter(limits: LuaLimits())
            written.reset(names: { _ in "input" })
            try event.writeHookInput(to: &written)
            var whole = LuaValueWriter(limits: LuaLimits())
            try whole.replace(with: [event.hookInput], names: { _ in "input" })
            #expect(written.hash == whole.hash)
            #expect(written.bytes.count == whole.bytes.count)
        }
    }

    @Test("results read in place give what reading a copy gives, for every shape a rule may return", arguments: [
        "return nil",
        "return {}",
        "return { { kind = 'commendation', reason = '好' } }",
        "return { { kind = 'award_points', points = 5, topic = 't', article = '第五条', reason = '奖励5分', extra = { 1, 2, x = 'y' } } }",
        "return { 'not a table', 7, { 1, 2 }, {} }",
        "return { { kind = 3, points = 1.5 } }",
        "return { { 'a', 'b', kind = 'commendation', [3] = 'c', [10] = 'far', ['1'] = 'x' } }",
        "return { kind = 'commendation' }",
        "return 'text'",
        "return { { kind = 'commendation' }, nil, { kind = 'commendation' } }",
    ])
    func shapes(body: String) async throws {
        let plugin = try MeasuresRunTests.inline(MeasuresRunTests.openManifest, rules: "return { evaluate = function(event, ctx) \(body) end }")
        let event = Self.generated()[0]
        let context = MeasuresContext(version: nil, facts: MeasuresFacts(age: 70))
        let batched = await (try MeasuresEvaluator(plugin: plugin, workers: 1)).evaluate([(event, context)])
        let instance = try PluginInstance(plugin: plugin)
        let expected: PluginResult
        do {
            let output = try await instance.invoke(hook: MeasuresHook.name, input: LuaEncoder().encode(event), context: context.luaValue)
            expected = .measures(try MeasuresHook.proposals(from: output, pluginID: plugin.manifest.id))
        } catch {
            expected = .failed(String(describing: error))
        }
        #expect(batched == [expected])
    }
}
