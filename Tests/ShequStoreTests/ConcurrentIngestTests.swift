import Foundation
import Testing
import ShequCore
import ShequPostgres

/// Several writers ingesting events and judging them into the points ledger at once, each with a store of its
/// own as a separate `shequ` process has.
@Suite("Concurrent ingest")
struct ConcurrentIngestTests {
    typealias F = LedgerFixtures

    /// Six writers at once: three record and judge the same county's events, three another county's, in
    /// overlapping batches. Every event is recorded once and applied once, and no writer fails or deadlocks.
    @Test(arguments: StoreKind.allCases) func writersOfOneAndOfOtherCountiesNeitherLoseNorDoubleEntries(_ kind: StoreKind) async throws {
        let address = try await kind.makeAddressWithHierarchy(secondCounty: true)
        let communityEvents = (1...40).map { F.event(String(format: "e-%03d", $0), household: "h-\($0 % 5)") }
        let villageEvents = (1...40).map { F.event(String(format: "v-%03d", $0), in: F.village, household: "v-h-\($0 % 5)") }
        let writers = Array(repeating: (F.community, communityEvents), count: 3) + Array(repeating: (F.village, villageEvents), count: 3)
        let written = try await withThrowingTaskGroup(of: (recorded: Int, entries: Int).self) { group in
            for (community, events) in writers {
                group.addTask {
                    let store = try await address.open()
                    // Overlapping batches, so writers of one county insert the same rows at the same moment.
                    let first = try await store.record(Array(events.prefix(30)))
                    let second = try await store.record(Array(events.suffix(30)))
                    let entries = try await Self.judge(community, in: store)
                    if let store = store as? PostgresStore { await store.close() }
                    return (first.written + second.written, entries)
                }
            }
            return try await group.reduce(into: (recorded: 0, entries: 0)) { $0.recorded += $1.recorded; $0.entries += $1.entries }
        }
        #expect(written.recorded == 80)
        #expect(written.entries == 80)

        let store = try await address.open()
        let ledger = try await store.ledger()
        #expect(ledger.entries.count == 80)
        #expect(Set(ledger.entries.map(\.id)).count == 80)
        #expect(ledger.appliedEvents == Set((communityEvents + villageEvents).map(\.id)))
        #expect(try await store.events(of: nil).count == 80)
        #expect(try await store.ledger(of: F.community).balance(of: .household("h-1")) == 16)
        #expect(try await store.ledger(of: F.village).entries.count == 40)
        if let store = store as? PostgresStore { await store.close() }
    }

    /// Judges the community's open events against its own ledger and commits them, reading again whenever
    /// another writer moved the ledger in between; returns the entries this writer wrote.
    static func judge(_ community: CommunityID, in store: any WorkspaceStore) async throws -> Int {
        for _ in 1...100 {
            let base = try await store.ledger(of: community)
            let open = try await store.events(of: community).filter { !base.appliedEvents.contains($0.id) }
            let next = try F.awarding(2, for: open, on: base, in: community)
            do {
                try await store.commit(LedgerChange(from: base, to: next), in: community)
                return next.entries.count - base.entries.count
            } catch LedgerStoreError.ledgerMoved {
                continue
            }
        }
        Issue.record("the ledger of \(community) kept moving")
        return 0
    }
}
