import PostgresNIO
import ShequCore

extension PostgresStore: DisputeStore {
    public func dispute(id: String) async throws -> Dispute? {
        try await documents(Dispute.self, "SELECT body FROM disputes WHERE id = $1", [.text(id)], what: "dispute \(id)").first
    }

    public func disputes(community communityCode: String?, openOnly: Bool) async throws -> [Dispute] {
        var sql = "SELECT body FROM disputes WHERE true"
        var values: [SQLValue] = []
        if let communityCode {
            values.append(.text(communityCode))
            sql += " AND community_code = $1"
        }
        if openOnly { sql += " AND NOT closed" }
        return try await documents(Dispute.self, sql + " ORDER BY received_at, id", values, what: "disputes")
    }

    public func save(_ disputes: [Dispute]) async throws -> [UpsertOutcome] {
        let encoded = try disputes.map { ($0, try StoredDocument.encode($0)) }
        return try await writing { connection in
            var outcomes: [UpsertOutcome] = []
            for (dispute, body) in encoded {
                // FOR UPDATE: a concurrent save of the same dispute waits here and then compares with what this one wrote.
                let stored = try await connection.rows("SELECT body FROM disputes WHERE id = $1 FOR UPDATE", [.text(dispute.id)],
                                                       logger: logger).first?.decode(String.self)
                if stored == body {
                    outcomes.append(.unchanged)
                    continue
                }
                try await connection.rows("""
                    INSERT INTO disputes (id, community_code, closed, received_at, body) VALUES ($1, $2, $3::boolean, $4, $5)
                    ON CONFLICT (id) DO UPDATE SET closed = excluded.closed, body = excluded.body
                    """, [.text(dispute.id), .text(dispute.place.communityCode), .text(dispute.isClosed ? "t" : "f"),
                          .double(dispute.receivedAt.timeIntervalSince1970), .text(body)], logger: logger)
                try await Self.appendHistory(dispute.history, table: "dispute_history", key: "dispute_id", id: dispute.id,
                                             what: "dispute", connection, logger)
                outcomes.append(.written)
            }
            return outcomes
        }
    }
}
