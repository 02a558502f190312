import Foundation
import ShequCore
import ShequLua
import Testing
@testable import ShequHooks

@Suite("The measures hook: load checks, context, guard and batches")
struct MeasuresRunTests {
    static let village = CommunityID("411522100201")
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins/guangshan-points")

    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    static func event(_ id: String, _ kind: String, on date: String = "2025-06-03", subject: PointsSubject = .household("h-1"),
                      facts: [String: PlainValue] = [:]) -> BehaviourEvent {
        BehaviourEvent(id: id, kind: kind, subject: subject, community: village, occurredOn: day(date),
                       reporter: "网格员张敏", facts: facts)
    }

    static func articles(_ count: Int) -> [ConventionArticle] {
        (1...count).map { ConventionArticle(number: $0, text: "第\($0)条内容") }
    }

    static func file(_ convention: Convention, version: Int, effective: String) throws -> Convention {
        let e = day(effective)
        func d(_ back: Int) -> CivilDate { CivilDate(year: e.year, month: e.month - back, day: 5)! }
        var c = convention
        c = try c.advancing(version: version, with: .gatherOpinions(OpinionSolicitation(
            from: d(3), through: d(3), opinionsReceived: 5, summary: "无异议")), by: "村委会").convention
        c = try c.advancing(version: version, with: .review(TownshipReview(
            office: "弦山街道办事处", on: d(2), approved: true, opinion: "同意")), by: "弦山街道办事处").convention
        c = try c.advancing(version: version, with: .vote(MeetingVote(
            body: .villagersMeeting, held: d(1), eligible: 800, present: 500, votesFor: 450, against: 30,
            abstained: 20, womenPresent: 230)), by: "村民会议").convention
        c = try c.advancing(version: version, with: .file(ConventionFiling(
            office: "弦山街道办事处", filedOn: d(1), publishedOn: d(1), effectiveFrom: e)), by: "弦山街道办事处").convention
        return c
    }

    /// Version 1 (8 articles) in force from 2025-05-01; version 2 (9 articles, adding 第九条) from 2025-09-01.
    static func rules() throws -> Convention {
        var c = try Convention.draft(id: ConventionID("cgmy"), community: village, kind: .villageRules, title: "某村村规民约",
                                     articles: articles(8), on: day("2025-01-10"), by: "村民委员会").convention
        c = try file(c, version: 1, effective: "2025-05-01")
        c = try c.amend(title: "某村村规民约（修订）", articles: articles(9), on: day("2025-05-10"), by: "村民委员会").convention
        return try file(c, version: 2, effective: "2025-09-01")
    }

    static func load(_ folder: URL) throws -> Plugin {
        try Plugin.load(from: folder, host: MeasuresManifest.host(PluginHost()))
    }

    static func inline(_ manifest: String, rules: String) throws -> Plugin {
        let source = PluginSource(manifestText: manifest, modules: ["rules": LuaModuleFile(path: "rules.lua", text: rules)])
        return try Plugin.load(source: source, host: MeasuresManifest.host(PluginHost()))
    }

    static let openManifest = """
        return { id = "tests.measures", version = "1.0.0", api = 1, hooks = { measures = "rules.evaluate" },
          measures = { { kind = "award_points", max_points_per_event = 10 }, { kind = "criticism_education" } } }
        """

    func run(_ plugin: Plugin, _ events: [BehaviourEvent], ledger: PointsLedger = PointsLedger(),
             facts: MeasuresFacts = MeasuresFacts()) async throws -> MeasuresRunReport {
        try await MeasuresRun(plugin: plugin).run(events, ledger: ledger, conventions: [try Self.rules()],
                                                  facts: { _ in facts }, recordedOn: Self.day("2025-10-01"))
    }

    @Test func theSamplePluginLoadsWithItsDeclaration() throws {
        let plugin = try Self.load(Self.sample)
        let bounds = try MeasuresManifest.bounds(of: plugin)
        #expect(bounds.plugin == PluginReference(id: "xinyang.guangshan.points", version: "1.0.0"))
        #expect(bounds.bounds[.awardPoints] != nil)
    }

    @Test func aDeclaredFineIsRefusedAtLoad() throws {
        let manifest = """
            return { id = "tests.fines", version = "1.0.0", api = 1, hooks = { measures = "rules.evaluate" },
              measures = { { kind = "award_points", max_points_per_event = 5 }, { kind = "fine" } } }
            """
        let error = #expect(throws: PluginError.self) { try Self.inline(manifest, rules: "return {}") }
        #expect(error?.field == "measures[2].kind")
        #expect(error?.description.contains("plugin.lua") == true)
    }

    @Test func aMeasuresHookWithoutDeclarationIsRefusedAtLoad() throws {
        let manifest = #"return { id = "tests.bare", version = "1.0.0", api = 1, hooks = { measures = "rules.evaluate" } }"#
        let error = #expect(throws: PluginError.self) { try Self.inline(manifest, rules: "return {}") }
        #expect(error?.field == "measures")
    }

    @Test func theSamplePluginAppliesAMonthWithTheVersionInForceOnEachDay() async throws {
        let plugin = try Self.load(Self.sample)
        let events = [
            Self.event("e-1", "elder_care", on: "2025-06-03"),
            Self.event("e-2", "banquet", on: "2025-06-10", facts: ["ceremony": .string("wedding"), "tables": .integer(13)]),
            // 第九条 exists only in version 2: before 2025-09-01 the volunteer award is refused.
            Self.event("e-3", "volunteer_service", on: "2025-08-20", facts: ["hours": .integer(2)]),
            Self.event("e-4", "volunteer_service", on: "2025-09-02", facts: ["hours": .integer(2)]),
            // Before any version is in force nothing applies.
            Self.event("e-5", "elder_care", on: "2025-04-30"),
        ]
        let report = try await run(plugin, events)
        #expect(report.failures.isEmpty)
        let byID = Dictionary(uniqueKeysWithValues: report.evaluations.map { ($0.event.id, $0) })
        #expect(byID["e-1"]?.version?.version == 1)
        #expect(byID["e-3"]?.applied.isEmpty == true)
        #expect(byID["e-3"]?.refused.first?.reason.code == "unknown_article")
        #expect(byID["e-4"]?.version?.version == 2)
        #expect(byID["e-4"]?.applied.first?.measure.pointsChange == 4)
        #expect(byID["e-5"]?.refused.first?.reason.code == "no_version_in_force")
        #expect(report.ledger.balance(of: .household("h-1")) == 5 - 6 + 4)
    }

    @Test func aKindThatAppearsOnlyAtRunTimeIsRefusedAndTheRestApply() async throws {
        let plugin = try Self.inline(Self.openManifest, rules: """
            return { evaluate = function(event, ctx)
              if event.kind == "sneaky" then
                return { { kind = "fine", amount = 200, topic = "dog_keeping", article = "第七条", reason = "罚款200元" } }
              end
              return { { kind = "award_points", points = 3, topic = "respect_elderly", article = "第五条", reason = "照料老人" } }
            end }
            """)
        let report = try await run(plugin, [Self.event("e-1", "sneaky"), Self.event("e-2", "elder_care")])
        #expect(report.evaluations[0].applied.isEmpty)
        let refusal = try #require(report.evaluations[0].refused.first)
        guard case .unlawful(let guardRefusal) = refusal.reason else {
            Issue.record("expected the legal guard to refuse, got \(refusal.reason)")
            return
        }
        #expect(guardRefusal.rule == .moneyDemand)
        #expect(report.ledger.balance(of: .household("h-1")) == 3)
    }

    @Test func aMeasureOverItsBoundIsRefused() async throws {
        let plugin = try Self.inline(Self.openManifest, rules: """
            return { evaluate = function(event, ctx)
              return { { kind = "award_points", points = 11, topic = "respect_elderly", article = "第五条", reason = "奖励11分" } }
            end }
            """)
        let report = try await run(plugin, [Self.event("e-1", "elder_care")])
        #expect(report.evaluations[0].refused.first?.reason.code == "out_of_bounds")
        #expect(report.ledger.balance(of: .household("h-1")) == 0)
    }

    @Test func aPluginErrorOnOneEventIsReportedAndTheOthersApply() async throws {
        let plugin = try Self.inline(Self.openManifest, rules: """
            return { evaluate = function(event, ctx)
              if event.id == "e-2" then error("no rule for this") end
              return { { kind = "award_points", points = 2, topic = "respect_elderly", article = "第五条", reason = "奖励2分" } }
            end }
            """)
        let events = (1...5).map { Self.event("e-\($0)", "elder_care") }
        let report = try await run(plugin, events)
        #expect(report.failures.map(\.eventID) == ["e-2"])
        #expect(report.failures.first?.message.contains("no rule for this") == true)
        #expect(report.ledger.balance(of: .household("h-1")) == 8)
        #expect(report.ledger.appliedEvents == ["e-1", "e-3", "e-4", "e-5"])
    }

    @Test func ctxCarriesTheVersionAndOnlyTheFactsAllowed() async throws {
        let rules = """
            return { evaluate = function(event, ctx)
              local care = ctx.subject.care and "care" or "no care"
              return { { kind = "criticism_education", topic = "respect_elderly", article = "第五条",
                         reason = ctx.convention.title .. "/" .. ctx.subject.age .. "/" .. ctx.subject.household_size .. "/" .. care } }
            end }
            """
        let facts = MeasuresFacts(age: 81, householdSize: 3, care: nil)
        let report = try await run(try Self.inline(Self.openManifest, rules: rules), [Self.event("e-1", "x", subject: .resident("r-1"))],
                                   facts: facts)
        #expect(report.evaluations[0].applied.first?.measure.reason == "某村村规民约/81/3/no care")
    }

    @Test func evaluationIsDeterministic() async throws {
        let plugin = try Self.load(Self.sample)
        let events = (1...40).map { Self.event("e-\($0)", $0 % 2 == 0 ? "garbage_sorted" : "dog_unleashed",
                                               facts: ["prior_count": .integer($0 % 3)]) }
        let first = try await run(plugin, events)
        let second = try await run(plugin, events)
        #expect(first.evaluations == second.evaluations)
        #expect(first.ledger == second.ledger)
    }
}
