import Foundation
import ShequCore
import Testing
import ShequSQLite

@Suite("Ledger windows: judging a batch of events against part of the stored ledger")
struct LedgerWindowTests {
    typealias Fixture = LedgerFixtures

    /// Windows are a read of the embedded store only: PostgreSQL judges community by community.
    static func makeStore() async throws -> SQLiteStore {
        try #require(try await StoreKind.sqlite.makeStoreWithHierarchy() as? SQLiteStore)
    }

    static func event(_ id: String, on date: String, household: String) -> BehaviourEvent {
        BehaviourEvent(id: id, kind: "elder_care", subject: .household(household), community: Fixture.village,
                       occurredOn: Fixture.day(date), reporter: "网格员张敏")
    }

    /// Judges `events` against a window and records them with the change, as `points ingest` does.
    static func ingest(_ events: [BehaviourEvent], points: Int, since: String, into store: SQLiteStore) async throws -> PointsLedger {
        let window = try await store.ledgerWindow(for: events, since: Fixture.day(since))
        let run = window.run(events.map { (event: $0, proposals: [Fixture.award(points)]) },
                             convention: try Fixture.filedRules(for: Fixture.village), bounds: try Fixture.bounds(),
                             recordedOn: Fixture.day("2025-07-01"))
        _ = try await store.record(events, committing: LedgerChange(fromWindow: window, to: run.ledger))
        return window
    }

    @Test func aWindowHoldsItsSubjectsEntriesSinceTheDayAndNumbersOnFromTheStore() async throws {
        let store = try await Self.makeStore()
        _ = try await Self.ingest([Self.event("a-1", on: "2025-05-20", household: "h-1"),
                                   Self.event("b-1", on: "2025-06-02", household: "h-2"),
                                   Self.event("a-2", on: "2025-06-03", household: "h-1")],
                                  points: 2, since: "2025-05-01", into: store)
        let window = try await store.ledgerWindow(for: [Self.event("a-3", on: "2025-06-20", household: "h-1"),
                                                        Self.event("a-2", on: "2025-06-03", household: "h-1")],
                                                  since: Fixture.day("2025-06-01"))
        // h-1's June entry only: May is before the window, h-2 is not a subject of the batch.
        #expect(window.entries.map(\.id) == ["a-2#1"])
        #expect(window.appliedEvents == ["a-2"])
        #expect(window.nextSequence == 4)
    }

    @Test func subjectsAndEventIdsWithQuotesBackslashesAndNewlinesAreFound() async throws {
        let store = try await Self.makeStore()
        let odd = ["h-\"1\"", "h\\2", "h\n3", "户-四 ", "h-5\u{1F3E0}"]
        _ = try await Self.ingest(odd.enumerated().map { Self.event("e-\"\($0.offset)\\", on: "2025-06-02", household: $0.element) },
                                  points: 2, since: "2025-06-01", into: store)
        let next = odd.enumerated().map { Self.event("n-\($0.offset)", on: "2025-06-03", household: $0.element) }
        let window = try await store.ledgerWindow(for: next + [Self.event("e-\"0\\", on: "2025-06-02", household: odd[0])],
                                                  since: Fixture.day("2025-06-01"))
        #expect(Set(window.entries.map(\.subject.id)) == Set(odd))
        #expect(window.entries.count == odd.count)
        #expect(window.appliedEvents == ["e-\"0\\"])
    }

    @Test func windowedBatchesWriteTheLedgerOneRunWould() async throws {
        let store = try await Self.makeStore()
        let events = (1...6).map { Self.event("e-\($0)", on: "2025-06-0\($0)", household: $0 % 2 == 0 ? "h-1" : "h-2") }
        for batch in stride(from: 0, to: events.count, by: 2) {
            _ = try await Self.ingest(Array(events[batch..<batch + 2]), points: 3, since: "2025-06-01", into: store)
        }
        let whole = PointsLedger().run(events.map { (event: $0, proposals: [Fixture.award(3)]) },
                                       convention: try Fixture.filedRules(for: Fixture.village), bounds: try Fixture.bounds(),
                                       recordedOn: Fixture.day("2025-07-01")).ledger
        #expect(try await store.ledger() == whole)
        #expect(try await store.events(of: nil).count == 6)
    }

    @Test func aBatchJudgedAgainstAStaleWindowWritesNothing() async throws {
        let store = try await Self.makeStore()
        let batch = [Self.event("s-1", on: "2025-06-02", household: "h-1")]
        let stale = try await store.ledgerWindow(for: batch, since: nil)
        _ = try await Self.ingest([Self.event("s-0", on: "2025-06-01", household: "h-2")], points: 1, since: "2025-06-01", into: store)
        let run = stale.run([(event: batch[0], proposals: [Fixture.award(4)])], convention: try Fixture.filedRules(for: Fixture.village),
                            bounds: try Fixture.bounds(), recordedOn: Fixture.day("2025-07-01"))
        await #expect(throws: LedgerStoreError.ledgerMoved(expected: 0, found: 1)) {
            _ = try await store.record(batch, committing: LedgerChange(fromWindow: stale, to: run.ledger))
        }
        // Neither the event nor its entry was written.
        #expect(try await store.events(of: nil).map(\.id) == ["s-0"])
        #expect(try await store.ledger().entries.count == 1)
    }

    /// `points ingest` reads the next batch's window while the previous batch commits, and lays
    /// the previous change over it: that must equal the window read once the change is stored.
    @Test func aWindowOverlaidWithAChangeEqualsTheWindowReadAfterTheChangeIsStored() async throws {
        let store = try await Self.makeStore()
        _ = try await Self.ingest([Self.event("o-1", on: "2025-05-30", household: "h-1")], points: 2, since: "2025-05-01", into: store)
        // The change: h-1 before and inside the next window's days, h-2 (not in the next batch), and o-4
        // (in the next batch too: applied now).
        let previous = [Self.event("o-2", on: "2025-05-31", household: "h-1"), Self.event("o-3", on: "2025-06-02", household: "h-1"),
                        Self.event("o-4", on: "2025-06-03", household: "h-3"), Self.event("o-5", on: "2025-06-04", household: "h-2")]
        let next = [Self.event("o-6", on: "2025-06-05", household: "h-1"), Self.event("o-4", on: "2025-06-03", household: "h-3")]
        let since = Fixture.day("2025-06-01")
        let base = try await store.ledgerWindow(for: previous, since: Fixture.day("2025-05-01"))
        let run = base.run(previous.map { (event: $0, proposals: [Fixture.award(3)]) }, convention: try Fixture.filedRules(for: Fixture.village),
                           bounds: try Fixture.bounds(), recordedOn: Fixture.day("2025-07-01"))
        let change = LedgerChange(fromWindow: base, to: run.ledger)
        let stale = try await store.ledgerWindow(for: next, since: since)
        _ = try await store.record(previous, committing: change)
        let overlaid = stale.overlaying(change, for: next, since: since)
        let stored = try await store.ledgerWindow(for: next, since: since)
        #expect(overlaid == stored)
        #expect(overlaid.entries.map(\.id) == ["o-3#1", "o-4#1"])
        #expect(overlaid.appliedEvents == ["o-4"])
        #expect(overlaid.nextSequence == 6)
        // Judging the next batch on either gives the same change.
        func judged(_ window: PointsLedger) throws -> LedgerChange {
            LedgerChange(fromWindow: window, to: window.run(next.map { (event: $0, proposals: [Fixture.award(3)]) },
                                                            convention: try Fixture.filedRules(for: Fixture.village),
                                                            bounds: try Fixture.bounds(), recordedOn: Fixture.day("2025-07-01")).ledger)
        }
        #expect(try judged(overlaid) == judged(stored))
        #expect(stale.overlaying(LedgerChange(fromWindow: stale, to: stale), for: next, since: since) == stale)
    }
}
