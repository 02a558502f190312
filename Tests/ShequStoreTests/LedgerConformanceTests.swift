import Foundation
import Testing
import ShequCore

/// The contract of conventions, behaviour events, the points ledger and the points shop, run unchanged
/// against both stores.
@Suite("Ledger conformance")
struct LedgerConformanceTests {
    typealias F = LedgerFixtures

    @Test(arguments: StoreKind.allCases) func reRecordingEventsWritesNothingAndAConflictWritesNothingOfTheBatch(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let first = try await store.record([F.event("e-1"), F.event("e-2")])
        #expect(first == EventRecordSummary(written: 2, unchanged: 0))
        let again = try await store.record([F.event("e-1"), F.event("e-2")])
        #expect(again == EventRecordSummary(written: 0, unchanged: 2))

        await #expect(throws: EventStoreError.conflictingEvent(id: "e-1")) {
            _ = try await store.record([F.event("e-3"), F.event("e-1", kind: "banquet")])
        }
        #expect(try await store.events(of: nil).map(\.id) == ["e-1", "e-2"])
    }

    @Test(arguments: StoreKind.allCases) func eventsAreReadInTheOrderTheyHappenedPerCommunity(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        // A community no division names is kept as well (it lands outside every county).
        let elsewhere = CommunityID("411599")
        let summary = try await store.record([
            F.event("e-3", on: "2025-06-01"), F.event("e-1", on: "2025-06-02"), F.event("e-2", on: "2025-06-01"),
            F.event("x-1", in: elsewhere), F.event("e-1", on: "2025-06-02"),
        ])
        #expect(summary == EventRecordSummary(written: 4, unchanged: 1))
        #expect(try await store.events(of: F.community).map(\.id) == ["e-2", "e-3", "e-1"])
        #expect(try await store.events(of: elsewhere) == [F.event("x-1", in: elsewhere)])
        #expect(try await store.events(of: nil).count == 4)
    }

    @Test(arguments: StoreKind.allCases) func aLedgerCommittedIsTheLedgerRead(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let base = try await store.ledger()
        let next = try F.awarding(5, for: [F.event("e-1"), F.event("e-2")], on: base)
        try await store.commit(LedgerChange(from: base, to: next))
        let read = try await store.ledger()
        #expect(read == next)
        #expect(read.balance(of: .household("h-1")) == 10)
    }

    @Test(arguments: StoreKind.allCases) func aStaleChangeWritesNothing(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let base = try await store.ledger()
        let one = try F.awarding(5, for: [F.event("e-1")], on: base)
        let other = try F.awarding(2, for: [F.event("e-2")], on: base)
        try await store.commit(LedgerChange(from: base, to: one))
        await #expect(throws: LedgerStoreError.ledgerMoved(expected: 0, found: 1)) {
            try await store.commit(LedgerChange(from: base, to: other))
        }
        let read = try await store.ledger()
        #expect(read.appliedEvents == ["e-1"])
        #expect(read.balance(of: .household("h-1")) == 5)
    }

    @Test(arguments: StoreKind.allCases) func aChangeThatFailsHalfwayWritesNothing(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let base = try await store.ledger()
        let next = try F.awarding(5, for: [F.event("e-1")], on: base)
        try await store.commit(LedgerChange(from: base, to: next))
        let stored = try #require(next.entries.first)
        let copy = LedgerEntry(id: stored.id, sequence: 2, kind: stored.kind, subject: stored.subject, household: stored.household,
                               community: stored.community, points: stored.points, on: stored.on, recordedOn: stored.recordedOn,
                               explanation: stored.explanation)
        let change = LedgerChange(baseEntryCount: 1, entries: [copy], appliedEvents: ["e-2"], appeals: [])
        await #expect(throws: LedgerStoreError.duplicateEntry(id: stored.id)) { try await store.commit(change) }
        await #expect(throws: LedgerStoreError.duplicateEntry(id: stored.id)) { try await store.commit(change, in: F.community) }
        #expect(try await store.ledger() == next)
    }

    @Test(arguments: StoreKind.allCases) func anOverturnedAppealIsStoredWithItsReversal(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        _ = try await store.record([F.event("e-1")])
        let base = try await store.ledger()
        let applied = try F.awarding(5, for: [F.event("e-1")], on: base)
        try await store.commit(LedgerChange(from: base, to: applied))
        let filed = try applied.filing(Appeal(id: "a-1", entryID: "e-1#1", appellant: .household("h-1"),
                                              filedOn: F.day("2025-07-01"), grounds: "记录有误"))
        try await store.commit(LedgerChange(from: applied, to: filed))
        let decided = try filed.deciding("a-1", AppealDecision(reviewer: "村务监督委员会", decidedOn: F.day("2025-07-05"),
                                                               outcome: .overturned, reason: "经核实非本户所为")).ledger
        try await store.commit(LedgerChange(from: filed, to: decided))
        let read = try await store.ledger()
        #expect(read == decided)
        #expect(read.balance(of: .household("h-1")) == 0)
        #expect(read.appeals.count == 1)
        // The community's own ledger holds the appeal and the reversal too.
        #expect(try await store.ledger(of: F.community) == decided)
    }

    /// Each community reads and commits its own part of the ledger: a commit in one never makes another's
    /// change stale, while a stale change in the same community is refused.
    @Test(arguments: StoreKind.allCases) func communitiesCommitTheirOwnLedgerIndependently(_ kind: StoreKind) async throws {
        let store = try await kind.makeAddressWithHierarchy(secondCounty: true).open()
        let inCommunity = [F.event("e-1"), F.event("e-2")]
        let inVillage = [F.event("v-1", in: F.village, household: "h-9")]
        _ = try await store.record(inCommunity + inVillage)
        let communityBase = try await store.ledger(of: F.community)
        let villageBase = try await store.ledger(of: F.village)
        let communityNext = try F.awarding(5, for: inCommunity, on: communityBase)
        let villageNext = try F.awarding(3, for: inVillage, on: villageBase, in: F.village)
        try await store.commit(LedgerChange(from: communityBase, to: communityNext), in: F.community)
        try await store.commit(LedgerChange(from: villageBase, to: villageNext), in: F.village)
        await #expect(throws: LedgerStoreError.ledgerMoved(expected: 0, found: 2)) {
            try await store.commit(LedgerChange(from: communityBase, to: communityNext), in: F.community)
        }

        #expect(try await store.ledger(of: F.community) == communityNext)
        #expect(try await store.ledger(of: F.village) == villageNext)
        let whole = try await store.ledger()
        #expect(Set(whole.entries.map(\.id)) == ["e-1#1", "e-2#1", "v-1#1"])
        #expect(whole.appliedEvents == ["e-1", "e-2", "v-1"])
        #expect(whole.balance(of: .household("h-1")) == 10 && whole.balance(of: .household("h-9")) == 3)
    }

    /// A redemption in the 积分超市 reads its community's ledger and shop and commits both together.
    @Test(arguments: StoreKind.allCases) func aRedemptionTakesPointsAndStockTogether(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        _ = try await store.record([F.event("e-1")])
        let base = try await store.ledger(of: F.community)
        let earned = try F.awarding(8, for: [F.event("e-1")], on: base)
        try await store.commit(LedgerChange(from: base, to: earned), in: F.community)
        try await store.save(try PointsShop(community: F.community).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 5, stock: 3)))

        let ledger = try await store.ledger(of: F.community)
        let receipt = try ledger.redeeming(Redemption(id: "r-1", subject: .household("h-1"), itemID: "soap", on: F.day("2025-07-01")),
                                           in: try await store.shop(of: F.community))
        try await store.commit(LedgerChange(from: ledger, to: receipt.ledger, shop: receipt.shop), in: F.community)
        #expect(try await store.ledger(of: F.community).balance(of: .household("h-1")) == 3)
        #expect(try await store.shop(of: F.community).items["soap"]?.stock == 2)
    }

    @Test(arguments: StoreKind.allCases) func conventionsKeepEveryAuditRecord(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let draft = try Convention.draft(id: ConventionID("cgmy"), community: F.community, kind: .residentsConvention, title: "居民公约",
                                         articles: [ConventionArticle(number: 1, text: "总则")],
                                         on: F.day("2025-02-20"), by: "居民委员会")
        try await store.save(draft.convention, audit: draft.record)
        let opinions = try draft.convention.advancing(version: 1, with: .gatherOpinions(OpinionSolicitation(
            from: F.day("2025-03-01"), through: F.day("2025-03-10"), opinionsReceived: 3, summary: "无异议")), by: "居委会")
        try await store.save(opinions.convention, audit: opinions.record)
        #expect(try await store.convention(ConventionID("cgmy")) == opinions.convention)
        #expect(try await store.convention(ConventionID("none")) == nil)
        #expect(try await store.conventions(of: F.community).map(\.id) == [ConventionID("cgmy")])
        #expect(try await store.conventions(of: F.village).isEmpty)
        #expect(try await store.conventions(of: nil).count == 1)
        #expect(try await store.auditRecords(of: ConventionID("cgmy")).map(\.action) == [draft.record.action, opinions.record.action])
    }

    @Test(arguments: StoreKind.allCases) func theShopKeepsItsStock(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let shop = try PointsShop(community: F.community).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 10, stock: 50))
        try await store.save(shop)
        #expect(try await store.shop(of: F.community) == shop)
        #expect(try await store.shop(of: F.village).items.isEmpty)
    }
}
