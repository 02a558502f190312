import Foundation
import GRDB
import ShequCore
import Testing
@testable import ShequSQLite

/// What only the SQLite file enforces by itself; the contract shared with PostgreSQL is in ShequStoreTests.
@Suite("Points ledger in SQLite")
struct LedgerStoreTests {
    static let village = CommunityID("411522100201")
    static let plugin = PluginReference(id: "xinyang.guangshan.points", version: "1.0.0")

    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    static func event(_ id: String, on date: String = "2025-06-03", kind: String = "elder_care") -> BehaviourEvent {
        BehaviourEvent(id: id, kind: kind, subject: .household("h-1"), community: village,
                       occurredOn: day(date), reporter: "网格员张敏")
    }

    /// Village rules whose version 1 is in force from 2025-05-01.
    static func filedRules() throws -> Convention {
        let articles = (1...8).map { ConventionArticle(number: $0, text: "第\($0)条内容") }
        var c = try Convention.draft(id: ConventionID("cgmy"), community: village, kind: .villageRules, title: "某村村规民约",
                                     articles: articles, on: day("2025-02-20"), by: "村民委员会").convention
        c = try c.advancing(version: 1, with: .gatherOpinions(OpinionSolicitation(
            from: day("2025-03-01"), through: day("2025-03-10"), opinionsReceived: 12, summary: "无异议")), by: "村委会").convention
        c = try c.advancing(version: 1, with: .review(TownshipReview(
            office: "弦山街道办事处", on: day("2025-03-15"), approved: true, opinion: "同意")), by: "弦山街道办事处").convention
        c = try c.advancing(version: 1, with: .vote(MeetingVote(
            body: .villagersMeeting, held: day("2025-04-05"), eligible: 800, present: 500, votesFor: 450,
            against: 30, abstained: 20, womenPresent: 230)), by: "村民会议").convention
        c = try c.advancing(version: 1, with: .file(ConventionFiling(
            office: "弦山街道办事处", filedOn: day("2025-04-10"), publishedOn: day("2025-04-12"),
            effectiveFrom: day("2025-05-01"))), by: "弦山街道办事处").convention
        return c
    }

    static func bounds() throws -> MeasureBounds {
        try MeasureDeclaration(plugin: plugin, measures: [
            DeclaredMeasure(kind: "award_points", maxPointsPerEvent: 10),
        ]).validate(file: "plugin.lua")
    }

    static func award(_ points: Int) -> MeasureProposal {
        MeasureProposal(kind: "award_points", fields: [
            "points": .integer(points), "topic": .string("respect_elderly"), "article": .string("第五条"),
            "reason": .string("照料空巢老人，奖励\(points)分"),
        ])
    }

    @Test func ledgerRowsCannotBeEditedOrDeleted() async throws {
        let workspace = try TemporaryWorkspace()
        let store = try await workspace.makeStore()
        let base = try await store.ledger()
        let next = base.run([(event: Self.event("e-1"), proposals: [Self.award(5)])],
                            convention: try Self.filedRules(), bounds: try Self.bounds(),
                            recordedOn: Self.day("2025-06-30")).ledger
        try await store.commit(LedgerChange(from: base, to: next))
        let queue = try DatabaseQueue(path: workspace.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE ledger_entries SET body = '{}'") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM applied_events") }
        }
        #expect(try await store.ledger() == next)
    }
}
