import Foundation
import GRDB
import ShequCore

extension SQLiteStore: DisputeStore {
    public func dispute(id: String) async throws -> Dispute? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM disputes WHERE id = ?", arguments: [id])
                .map { try StoredJSON.decode(Dispute.self, from: $0) }
        }
    }

    public func disputes(community communityCode: String?, openOnly: Bool) async throws -> [Dispute] {
        try await pool.read { db in
            var sql = "SELECT body FROM disputes WHERE 1 = 1"
            var arguments: StatementArguments = []
            if let communityCode {
                sql += " AND community_code = ?"
                arguments += [communityCode]
            }
            if openOnly { sql += " AND closed = 0" }
            return try String.fetchAll(db, sql: sql + " ORDER BY received_at, id", arguments: arguments)
                .map { try StoredJSON.decode(Dispute.self, from: $0) }
        }
    }

    public func save(_ disputes: [Dispute]) async throws -> [UpsertOutcome] {
        let encoded = try disputes.map { ($0, try StoredJSON.encode($0)) }
        return try await pool.write { db in
            var outcomes: [UpsertOutcome] = []
            for (dispute, body) in encoded {
                if let stored = try String.fetchOne(db, sql: "SELECT body FROM disputes WHERE id = ?", arguments: [dispute.id]), stored == body {
                    outcomes.append(.unchanged)
                    continue
                }
                try db.execute(sql: """
                    INSERT INTO disputes (id, community_code, closed, received_at, body) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET closed = excluded.closed, body = excluded.body
                    """, arguments: [dispute.id, dispute.place.communityCode, dispute.isClosed,
                                     dispute.receivedAt.timeIntervalSince1970, body])
                try Self.appendHistory(dispute.history, table: "dispute_history", key: "dispute_id", id: dispute.id, what: "dispute", in: db)
                outcomes.append(.written)
            }
            return outcomes
        }
    }
}
