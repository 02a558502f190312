import Foundation
import GRDB
import ShequCore
import Testing
@testable import ShequSQLite

@Suite("Conventions, events and the points ledger in SQLite")
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

    @Test func reRecordingEventsWritesNothingAndAConflictWritesNothingOfTheBatch() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let first = try await store.record([Self.event("e-1"), Self.event("e-2")])
        #expect(first == EventRecordSummary(written: 2, unchanged: 0))
        let again = try await store.record([Self.event("e-1"), Self.event("e-2")])
        #expect(again == EventRecordSummary(written: 0, unchanged: 2))

        await #expect(throws: EventStoreError.conflictingEvent(id: "e-1")) {
            _ = try await store.record([Self.event("e-3"), Self.event("e-1", kind: "banquet")])
        }
        #expect(try await store.events(of: nil).map(\.id) == ["e-1", "e-2"])
    }

    @Test func aLedgerCommittedIsTheLedgerRead() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let rules = try Self.filedRules()
        let base = try await store.ledger()
        let run = base.run([(event: Self.event("e-1"), proposals: [Self.award(5)]),
                            (event: Self.event("e-2"), proposals: [Self.award(3)])],
                           convention: rules, bounds: try Self.bounds(), recordedOn: Self.day("2025-06-30"))
        try await store.commit(LedgerChange(from: base, to: run.ledger))
        let read = try await store.ledger()
        #expect(read == run.ledger)
        #expect(read.balance(of: .household("h-1")) == 8)
    }

    @Test func aStaleChangeWritesNothing() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let rules = try Self.filedRules()
        let base = try await store.ledger()
        let one = base.run([(event: Self.event("e-1"), proposals: [Self.award(5)])],
                           convention: rules, bounds: try Self.bounds(), recordedOn: Self.day("2025-06-30")).ledger
        let other = base.run([(event: Self.event("e-2"), proposals: [Self.award(2)])],
                             convention: rules, bounds: try Self.bounds(), recordedOn: Self.day("2025-06-30")).ledger
        try await store.commit(LedgerChange(from: base, to: one))
        await #expect(throws: LedgerStoreError.ledgerMoved(expected: 0, found: 1)) {
            try await store.commit(LedgerChange(from: base, to: other))
        }
        let read = try await store.ledger()
        #expect(read.appliedEvents == ["e-1"])
        #expect(read.balance(of: .household("h-1")) == 5)
    }

    @Test func aChangeThatFailsHalfwayWritesNothing() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let base = try await store.ledger()
        let next = base.run([(event: Self.event("e-1"), proposals: [Self.award(5)])],
                            convention: try Self.filedRules(), bounds: try Self.bounds(),
                            recordedOn: Self.day("2025-06-30")).ledger
        try await store.commit(LedgerChange(from: base, to: next))
        let stored = try #require(next.entries.first)
        let copy = LedgerEntry(id: stored.id, sequence: 2, kind: stored.kind, subject: stored.subject, household: stored.household,
                               community: stored.community, points: stored.points, on: stored.on, recordedOn: stored.recordedOn,
                               explanation: stored.explanation)
        let change = LedgerChange(baseEntryCount: 1, entries: [copy], appliedEvents: ["e-2"], appeals: [])
        await #expect(throws: LedgerStoreError.duplicateEntry(id: stored.id)) { try await store.commit(change) }
        #expect(try await store.ledger() == next)
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

    @Test func anOverturnedAppealIsStoredWithItsReversal() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let base = try await store.ledger()
        let applied = base.run([(event: Self.event("e-1"), proposals: [Self.award(5)])],
                               convention: try Self.filedRules(), bounds: try Self.bounds(),
                               recordedOn: Self.day("2025-06-30")).ledger
        try await store.commit(LedgerChange(from: base, to: applied))
        let filed = try applied.filing(Appeal(id: "a-1", entryID: "e-1#1", appellant: .household("h-1"),
                                              filedOn: Self.day("2025-07-01"), grounds: "记录有误"))
        try await store.commit(LedgerChange(from: applied, to: filed))
        let decided = try filed.deciding("a-1", AppealDecision(reviewer: "村务监督委员会", decidedOn: Self.day("2025-07-05"),
                                                               outcome: .overturned, reason: "经核实非本户所为")).ledger
        try await store.commit(LedgerChange(from: filed, to: decided))
        let read = try await store.ledger()
        #expect(read == decided)
        #expect(read.balance(of: .household("h-1")) == 0)
        #expect(read.appeals.count == 1)
    }

    @Test func conventionsKeepEveryAuditRecord() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let draft = try Convention.draft(id: ConventionID("cgmy"), community: Self.village, kind: .villageRules, title: "某村村规民约",
                                         articles: [ConventionArticle(number: 1, text: "总则")],
                                         on: Self.day("2025-02-20"), by: "村民委员会")
        try await store.save(draft.convention, audit: draft.record)
        let opinions = try draft.convention.advancing(version: 1, with: .gatherOpinions(OpinionSolicitation(
            from: Self.day("2025-03-01"), through: Self.day("2025-03-10"), opinionsReceived: 3, summary: "无异议")), by: "村委会")
        try await store.save(opinions.convention, audit: opinions.record)
        #expect(try await store.convention(ConventionID("cgmy")) == opinions.convention)
        #expect(try await store.conventions(of: Self.village).map(\.id) == [ConventionID("cgmy")])
        #expect(try await store.auditRecords(of: ConventionID("cgmy")).map(\.action) == [draft.record.action, opinions.record.action])
    }

    @Test func theShopKeepsItsStock() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let shop = try PointsShop(community: Self.village).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 10, stock: 50))
        try await store.save(shop)
        #expect(try await store.shop(of: Self.village) == shop)
    }
}
