import Foundation
import GRDB
import ShequCore
import Testing
@testable import ShequSQLite

/// What only the SQLite file enforces by itself; the contract shared with PostgreSQL is in ShequStoreTests.
@Suite("Points ledger in SQLite")
struct LedgerStoreTests {
    @Test func ledgerRowsCannotBeEditedOrDeleted() async throws {
        let workspace = try TemporaryWorkspace()
        let store = try await workspace.makeStore()
        let day = try CivilDate(parsing: "2025-06-03")
        let entry = LedgerEntry(id: "e-1#1", sequence: 1, kind: .measure, subject: .household("h-1"), household: "h-1",
                                community: CommunityID("411522100201"), points: 5, on: day, recordedOn: day,
                                eventID: "e-1", explanation: "照料空巢老人，奖励5分")
        try await store.commit(LedgerChange(baseEntryCount: 0, entries: [entry], appliedEvents: ["e-1"], appeals: []))
        let queue = try DatabaseQueue(path: workspace.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE ledger_entries SET body = '{}'") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM applied_events") }
        }
        #expect(try await store.ledger() == PointsLedger(entries: [entry], appliedEvents: ["e-1"], appeals: []))
    }
}
