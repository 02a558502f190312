import Foundation
import GRDB
import ShequCore

extension SQLiteStore: DeliberationStore {
    public func topic(id: String) async throws -> DeliberationTopic? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM deliberation_topics WHERE id = ?", arguments: [id])
                .map { try StoredJSON.decode(DeliberationTopic.self, from: $0) }
        }
    }

    public func topics(community communityCode: String?) async throws -> [DeliberationTopic] {
        try await pool.read { db in
            let bodies = if let communityCode {
                try String.fetchAll(db, sql: "SELECT body FROM deliberation_topics WHERE community_code = ? ORDER BY raised_at, id",
                                    arguments: [communityCode])
            } else {
                try String.fetchAll(db, sql: "SELECT body FROM deliberation_topics ORDER BY raised_at, id")
            }
            return try bodies.map { try StoredJSON.decode(DeliberationTopic.self, from: $0) }
        }
    }

    public func save(_ topic: DeliberationTopic, audit: DeliberationAuditRecord) async throws {
        let body = try StoredJSON.encode(topic)
        let auditBody = try StoredJSON.encode(audit)
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO deliberation_topics (id, community_code, raised_at, body) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET body = excluded.body
                """, arguments: [topic.id, topic.communityCode, topic.raisedAt.timeIntervalSince1970, body])
            try db.execute(sql: "INSERT INTO deliberation_audit (topic_id, body) VALUES (?, ?)", arguments: [topic.id, auditBody])
        }
    }

    public func auditRecords(topic id: String) async throws -> [DeliberationAuditRecord] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM deliberation_audit WHERE topic_id = ? ORDER BY sequence", arguments: [id])
                .map { try StoredJSON.decode(DeliberationAuditRecord.self, from: $0) }
        }
    }
}
