import PostgresNIO
import ShequCore

/// Behaviour events are streamed with `COPY` into a staging table and merged with `ON CONFLICT DO NOTHING`
/// on (county, event id): two processes recording the same events at once each write every event once —
/// the later waits on the earlier's uncommitted row and then finds it stored.
extension PostgresStore: EventStore {
    public func record(_ events: [BehaviourEvent]) async throws -> EventRecordSummary {
        guard !events.isEmpty else { return EventRecordSummary() }
        try EventStoreError.checkIDs(events)
        let lines = try events.enumerated().map { ord, event in
            CopyLine.make(ord, [event.id, event.community.rawValue, event.occurredOn.description, try StoredDocument.encode(event)])
        }
        return try await writing { connection in
            try await connection.rows("""
                CREATE TEMP TABLE IF NOT EXISTS shequ_stage_events (
                    ord integer, id text COLLATE "C", community_id text COLLATE "C", occurred_on text COLLATE "C", body text
                ) ON COMMIT DELETE ROWS
                """, logger: logger)
            try await CopyLine.stage(lines, into: "shequ_stage_events", columns: ["ord", "id", "community_id", "occurred_on", "body"],
                                     on: connection, logger: logger)
            // Rows sorted by key, so concurrent batches lock them in the same order and cannot deadlock.
            let written = try await connection.rows("""
                WITH written AS (
                    INSERT INTO behaviour_events (county_id, id, community_id, occurred_on, body)
                    SELECT COALESCE(d.county_id, ''), s.id, s.community_id, s.occurred_on, s.body
                    FROM (SELECT DISTINCT ON (id) * FROM shequ_stage_events ORDER BY id, ord) s
                    LEFT JOIN divisions d ON d.id = s.community_id
                    ORDER BY 1, 2
                    ON CONFLICT (county_id, id) DO NOTHING
                    RETURNING 1
                )
                SELECT count(*) FROM written
                """, logger: logger).first?.decode(Int.self) ?? 0
            // After the merge, so an event another process stored meanwhile is compared too; throwing rolls back.
            let conflicting = try await connection.rows("""
                SELECT s.id FROM shequ_stage_events s
                WHERE EXISTS (SELECT 1 FROM behaviour_events e WHERE e.id = s.id AND e.body <> s.body)
                ORDER BY s.ord LIMIT 1
                """, logger: logger)
            if let row = conflicting.first { throw EventStoreError.conflictingEvent(id: try row.decode(String.self)) }
            return EventRecordSummary(written: written, unchanged: events.count - written)
        }
    }

    public func events(of community: CommunityID?) async throws -> [BehaviourEvent] {
        if let community {
            return try await documents(BehaviourEvent.self, """
                SELECT body FROM behaviour_events WHERE community_id = $1 ORDER BY occurred_on, id
                """, [.text(community.rawValue)], what: "events of \(community.rawValue)")
        }
        return try await documents(BehaviourEvent.self, "SELECT body FROM behaviour_events ORDER BY occurred_on, id", [],
                                   what: "events")
    }
}
