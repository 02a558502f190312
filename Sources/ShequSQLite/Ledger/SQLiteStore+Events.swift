import GRDB
import ShequCore

extension SQLiteStore: EventStore {
    public func record(_ events: [BehaviourEvent]) async throws -> EventRecordSummary {
        let rows = try Self.eventRows(events)
        return try await pool.write { db in try Self.write(rows, db: db) }
    }

    static func eventRows(_ events: [BehaviourEvent]) throws -> [(id: String, community: String, day: String, body: String)] {
        try EventStoreError.checkIDs(events)
        return try events.map { event in
            (event.id, event.community.rawValue, event.occurredOn.description, try StoredJSON.encode(event))
        }
    }

    /// Records encoded events inside the caller's transaction; throws (rolling it back) on a conflicting id.
    static func write(_ rows: [(id: String, community: String, day: String, body: String)], db: Database) throws -> EventRecordSummary {
        var summary = EventRecordSummary()
        let insert = try BoundStatement(db, sql: """
            INSERT INTO behaviour_events (id, community_id, occurred_on, body) VALUES (?, ?, ?, ?)
            ON CONFLICT(id) DO NOTHING
            """)
        let existing = try db.cachedStatement(sql: "SELECT body FROM behaviour_events WHERE id = ?")
        for (id, community, day, body) in rows {
            try insert.bind(id, at: 1)
            try insert.bind(community, at: 2)
            try insert.bind(day, at: 3)
            try insert.bind(body, at: 4)
            try insert.execute()
            if db.changesCount > 0 {
                summary.written += 1
            } else if try String.fetchOne(existing, arguments: [id]) == body {
                summary.unchanged += 1
            } else {
                // Throwing rolls the whole batch back.
                throw EventStoreError.conflictingEvent(id: id)
            }
        }
        return summary
    }

    public func events(of community: CommunityID?) async throws -> [BehaviourEvent] {
        let bodies = try await pool.read { db in
            if let community {
                return try String.fetchAll(db, sql: """
                    SELECT body FROM behaviour_events WHERE community_id = ? ORDER BY occurred_on, id
                    """, arguments: [community.rawValue])
            }
            return try String.fetchAll(db, sql: "SELECT body FROM behaviour_events ORDER BY occurred_on, id")
        }
        return try bodies.map { try StoredJSON.decode(BehaviourEvent.self, from: $0) }
    }
}
