import GRDB
import ShequCore

extension SQLiteStore: LedgerStore {
    public func ledger() async throws -> PointsLedger {
        let (entries, applied, appeals) = try await pool.read { db in
            (
                try String.fetchAll(db, sql: "SELECT body FROM ledger_entries ORDER BY sequence"),
                try String.fetchAll(db, sql: "SELECT event_id FROM applied_events"),
                try String.fetchAll(db, sql: "SELECT body FROM appeals ORDER BY position")
            )
        }
        return PointsLedger(entries: try entries.map { try StoredJSON.decode(LedgerEntry.self, from: $0) },
                            appliedEvents: Set(applied),
                            appeals: try appeals.map { try StoredJSON.decode(AppealRecord.self, from: $0) })
    }

    public func commit(_ change: LedgerChange) async throws {
        guard !change.isEmpty else { return }
        let encoded = try EncodedLedgerChange(change)
        try await pool.write { db in try Self.write(encoded, db: db) }
    }

    /// A change with its rows encoded, so the JSON work happens before the write lock is taken.
    struct EncodedLedgerChange: Sendable {
        let baseEntryCount: Int
        let entries: [(sequence: Int, id: String, body: String)]
        let appliedEvents: [String]
        let appeals: [(id: String, decided: Bool, body: String)]
        let items: [(String, String, String)]?

        init(_ change: LedgerChange) throws {
            baseEntryCount = change.baseEntryCount
            entries = try change.entries.map { ($0.sequence, $0.id, try StoredJSON.encode($0)) }
            appliedEvents = change.appliedEvents.sorted()
            appeals = try change.appeals.map { ($0.appeal.id, $0.decision != nil, try StoredJSON.encode($0)) }
            items = try change.shop.map { shop in
                try shop.items.values.map { (shop.community.rawValue, $0.id, try StoredJSON.encode($0)) }
            }
        }
    }

    /// Appends a change inside the caller's transaction; throws (rolling it back) when the ledger moved.
    static func write(_ change: EncodedLedgerChange, db: Database) throws {
        // Sequences are 1, 2, 3 … with no gaps (append-only), so the largest is the count, read from the
        // end of the table instead of counting every row.
        let found = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM ledger_entries") ?? 0
        guard found == change.baseEntryCount else {
            throw LedgerStoreError.ledgerMoved(expected: change.baseEntryCount, found: found)
        }
        let insertEntry = try BoundStatement(db, sql: "INSERT INTO ledger_entries (sequence, id, body) VALUES (?, ?, ?)")
        for (sequence, id, body) in change.entries {
            try insertEntry.bind(sequence, at: 1)
            try insertEntry.bind(id, at: 2)
            try insertEntry.bind(body, at: 3)
            do {
                try insertEntry.execute()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw LedgerStoreError.duplicateEntry(id: id)
            }
        }
        let insertApplied = try BoundStatement(db, sql: "INSERT OR IGNORE INTO applied_events (event_id) VALUES (?)")
        for event in change.appliedEvents {
            try insertApplied.bind(event, at: 1)
            try insertApplied.execute()
        }
        var position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM appeals") ?? 0)
        for (id, decided, body) in change.appeals {
            position += 1
            try db.execute(sql: """
                INSERT INTO appeals (id, position, decided, body) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET decided = excluded.decided, body = excluded.body
                """, arguments: [id, position, decided, body])
        }
        if let items = change.items { try replaceItems(items, db: db) }
    }

    public func shop(of community: CommunityID) async throws -> PointsShop {
        let bodies = try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM shop_items WHERE community_id = ? ORDER BY id",
                                arguments: [community.rawValue])
        }
        return PointsShop(community: community, items: try bodies.map { try StoredJSON.decode(ShopItem.self, from: $0) })
    }

    public func save(_ shop: PointsShop) async throws {
        let items = try shop.items.values.map { (shop.community.rawValue, $0.id, try StoredJSON.encode($0)) }
        try await pool.write { db in try Self.replaceItems(items, db: db) }
    }

    static func replaceItems(_ items: [(String, String, String)], db: Database) throws {
        for (community, id, body) in items {
            try db.execute(sql: """
                INSERT INTO shop_items (community_id, id, body) VALUES (?, ?, ?)
                ON CONFLICT(community_id, id) DO UPDATE SET body = excluded.body
                """, arguments: [community, id, body])
        }
    }
}
