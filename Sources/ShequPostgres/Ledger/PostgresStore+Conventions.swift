import PostgresNIO
import ShequCore

extension PostgresStore: ConventionStore {
    public func save(_ convention: Convention, audit record: ConventionAuditRecord) async throws {
        let body = try StoredDocument.encode(convention)
        let audit = try StoredDocument.encode(record)
        try await writing { connection in
            try await connection.rows("""
                INSERT INTO conventions (id, community_id, body) VALUES ($1, $2, $3)
                ON CONFLICT (id) DO UPDATE SET body = excluded.body
                """, [.text(convention.id.rawValue), .text(convention.community.rawValue), .text(body)], logger: logger)
            try await connection.rows("INSERT INTO convention_audit (convention_id, body) VALUES ($1, $2)",
                                      [.text(convention.id.rawValue), .text(audit)], logger: logger)
        }
    }

    public func convention(_ id: ConventionID) async throws -> Convention? {
        try await documents(Convention.self, "SELECT body FROM conventions WHERE id = $1", [.text(id.rawValue)],
                            what: "convention \(id.rawValue)").first
    }

    public func conventions(of community: CommunityID?) async throws -> [Convention] {
        if let community {
            return try await documents(Convention.self, "SELECT body FROM conventions WHERE community_id = $1 ORDER BY id",
                                       [.text(community.rawValue)], what: "conventions of \(community.rawValue)")
        }
        return try await documents(Convention.self, "SELECT body FROM conventions ORDER BY id", [], what: "conventions")
    }

    public func auditRecords(of id: ConventionID) async throws -> [ConventionAuditRecord] {
        try await documents(ConventionAuditRecord.self,
                            "SELECT body FROM convention_audit WHERE convention_id = $1 ORDER BY sequence",
                            [.text(id.rawValue)], what: "audit records of \(id.rawValue)")
    }
}
