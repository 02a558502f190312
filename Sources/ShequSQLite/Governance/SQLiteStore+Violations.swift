import Foundation
import GRDB
import ShequCore

extension SQLiteStore: ViolationStore {
    public func violation(id: String) async throws -> Violation? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM violations WHERE id = ?", arguments: [id])
                .map { try StoredJSON.decode(Violation.self, from: $0) }
        }
    }

    public func violations() async throws -> [Violation] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM violations ORDER BY occurred_at, id")
                .map { try StoredJSON.decode(Violation.self, from: $0) }
        }
    }

    public func save(_ violation: Violation) async throws {
        try await pool.write { db in try Self.save(violation, in: db) }
    }

    static func save(_ violation: Violation, in db: Database) throws {
        let body = try StoredJSON.encode(violation)
        try db.execute(sql: """
            INSERT INTO violations (id, unit_division_code, status, occurred_at, body) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET status = excluded.status, body = excluded.body WHERE body <> excluded.body
            """, arguments: [violation.id, violation.unit.divisionCode, violation.status.rawValue,
                             violation.occurredAt.timeIntervalSince1970, body])
        try appendHistory(violation.history, table: "violation_history", key: "violation_id", id: violation.id, what: "violation", in: db)
    }
}
