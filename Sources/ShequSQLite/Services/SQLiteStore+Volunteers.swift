import Foundation
import GRDB
import ShequCore

extension SQLiteStore: VolunteerStore {
    /// The workspace keeps one register; the key leaves room for one per county later.
    private static let volunteerScope = "workspace"

    public func volunteerRegister() async throws -> VolunteerRegister {
        try await pool.read { db in
            guard let body = try String.fetchOne(db, sql: "SELECT body FROM volunteer_registers WHERE scope = ?",
                                                 arguments: [Self.volunteerScope]) else { return VolunteerRegister() }
            return try Self.decodeService(VolunteerRegister.self, body, what: "volunteer register")
        }
    }

    public func save(_ register: VolunteerRegister) async throws {
        let body = try StoredJSON.encode(register)
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO volunteer_registers (scope, body) VALUES (?, ?)
                ON CONFLICT(scope) DO UPDATE SET body = excluded.body
                """, arguments: [Self.volunteerScope, body])
        }
    }
}
