import GRDB
import ShequCore

extension SQLiteStore: ConventionStore {
    public func save(_ convention: Convention, audit record: ConventionAuditRecord) async throws {
        let body = try StoredJSON.encode(convention)
        let audit = try StoredJSON.encode(record)
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO conventions (id, community_id, body) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET body = excluded.body
                """, arguments: [convention.id.rawValue, convention.community.rawValue, body])
            try db.execute(sql: "INSERT INTO convention_audit (convention_id, body) VALUES (?, ?)",
                           arguments: [convention.id.rawValue, audit])
        }
    }

    public func convention(_ id: ConventionID) async throws -> Convention? {
        let body = try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM conventions WHERE id = ?", arguments: [id.rawValue])
        }
        return try body.map { try StoredJSON.decode(Convention.self, from: $0) }
    }

    public func conventions(of community: CommunityID?) async throws -> [Convention] {
        let bodies = try await pool.read { db in
            if let community {
                return try String.fetchAll(db, sql: "SELECT body FROM conventions WHERE community_id = ? ORDER BY id",
                                           arguments: [community.rawValue])
            }
            return try String.fetchAll(db, sql: "SELECT body FROM conventions ORDER BY id")
        }
        return try bodies.map { try StoredJSON.decode(Convention.self, from: $0) }
    }

    public func auditRecords(of id: ConventionID) async throws -> [ConventionAuditRecord] {
        let bodies = try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM convention_audit WHERE convention_id = ? ORDER BY sequence",
                                arguments: [id.rawValue])
        }
        return try bodies.map { try StoredJSON.decode(ConventionAuditRecord.self, from: $0) }
    }
}
