import GRDB
import ShequCore

extension SQLiteStore {
    public func ledger(of community: CommunityID) async throws -> PointsLedger {
        let (entries, applied, appeals) = try await pool.read { db in
            (
                try String.fetchAll(db, sql: """
                    SELECT body FROM ledger_entries WHERE json_extract(body, '$.community') = ? ORDER BY sequence
                    """, arguments: [community.rawValue]),
                try String.fetchAll(db, sql: """
                    SELECT a.event_id FROM applied_events a JOIN behaviour_events e ON e.id = a.event_id
                    WHERE e.community_id = ?
                    """, arguments: [community.rawValue]),
                try String.fetchAll(db, sql: "SELECT body FROM appeals ORDER BY position")
            )
        }
        let decoded = try entries.map { try StoredJSON.decode(LedgerEntry.self, from: $0) }
        let ids = Set(decoded.map(\.id))
        return PointsLedger(entries: decoded, appliedEvents: Set(applied),
                            appeals: try appeals.map { try StoredJSON.decode(AppealRecord.self, from: $0) }
                                .filter { ids.contains($0.appeal.entryID) })
    }

    public func commit(_ change: LedgerChange, in community: CommunityID) async throws {
        guard !change.isEmpty else { return }
        let entries = try change.entries.map { ($0.id, try StoredJSON.encode($0)) }
        let appeals = try change.appeals.map { ($0.appeal.id, $0.decision != nil, try StoredJSON.encode($0)) }
        let items = try change.shop.map { shop in
            try shop.items.values.map { (shop.community.rawValue, $0.id, try StoredJSON.encode($0)) }
        }
        try await pool.write { db in
            let found = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM ledger_entries WHERE json_extract(body, '$.community') = ?
                """, arguments: [community.rawValue]) ?? 0
            guard found == change.baseEntryCount else {
                throw LedgerStoreError.ledgerMoved(expected: change.baseEntryCount, found: found)
            }
            // The workspace's own order continues after every community's entries.
            var sequence = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM ledger_entries") ?? 0
            let insertEntry = try db.makeStatement(sql: "INSERT INTO ledger_entries (sequence, id, body) VALUES (?, ?, ?)")
            for (id, body) in entries {
                sequence += 1
                do {
                    try insertEntry.execute(arguments: [sequence, id, body])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw LedgerStoreError.duplicateEntry(id: id)
                }
            }
            let insertApplied = try db.makeStatement(sql: "INSERT OR IGNORE INTO applied_events (event_id) VALUES (?)")
            for event in change.appliedEvents.sorted() { try insertApplied.execute(arguments: [event]) }
            var position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM appeals") ?? 0)
            for (id, decided, body) in appeals {
                position += 1
                try db.execute(sql: """
                    INSERT INTO appeals (id, position, decided, body) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET decided = excluded.decided, body = excluded.body
                    """, arguments: [id, position, decided, body])
            }
            if let items { try Self.replaceItems(items, db: db) }
        }
    }
}
