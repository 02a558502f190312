import PostgresNIO
import ShequCore

extension PostgresStore: DeliberationStore {
    public func topic(id: String) async throws -> DeliberationTopic? {
        try await documents(DeliberationTopic.self, "SELECT body FROM deliberation_topics WHERE id = $1", [.text(id)],
                            what: "deliberation topic \(id)").first
    }

    public func topics(community communityCode: String?) async throws -> [DeliberationTopic] {
        if let communityCode {
            return try await documents(DeliberationTopic.self, """
                SELECT body FROM deliberation_topics WHERE community_code = $1 ORDER BY raised_at, id
                """, [.text(communityCode)], what: "deliberation topics of \(communityCode)")
        }
        return try await documents(DeliberationTopic.self, "SELECT body FROM deliberation_topics ORDER BY raised_at, id", [],
                                   what: "deliberation topics")
    }

    public func save(_ topic: DeliberationTopic, audit: DeliberationAuditRecord) async throws {
        let body = try StoredDocument.encode(topic)
        let auditBody = try StoredDocument.encode(audit)
        try await writing { connection in
            try await connection.rows("""
                INSERT INTO deliberation_topics (id, community_code, raised_at, body) VALUES ($1, $2, $3, $4)
                ON CONFLICT (id) DO UPDATE SET body = excluded.body
                """, [.text(topic.id), .text(topic.communityCode), .double(topic.raisedAt.timeIntervalSince1970), .text(body)],
                logger: logger)
            try await connection.rows("INSERT INTO deliberation_audit (topic_id, body) VALUES ($1, $2)",
                                      [.text(topic.id), .text(auditBody)], logger: logger)
        }
    }

    public func auditRecords(topic id: String) async throws -> [DeliberationAuditRecord] {
        try await documents(DeliberationAuditRecord.self, "SELECT body FROM deliberation_audit WHERE topic_id = $1 ORDER BY sequence",
                            [.text(id)], what: "audit records of deliberation topic \(id)")
    }
}
