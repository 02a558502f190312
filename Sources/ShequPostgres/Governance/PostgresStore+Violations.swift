import PostgresNIO
import ShequCore

extension PostgresStore: ViolationStore {
    public func violation(id: String) async throws -> Violation? {
        try await documents(Violation.self, "SELECT body FROM violations WHERE id = $1", [.text(id)], what: "violation \(id)").first
    }

    public func violations() async throws -> [Violation] {
        try await documents(Violation.self, "SELECT body FROM violations ORDER BY occurred_at, id", [], what: "violations")
    }

    public func save(_ violation: Violation) async throws {
        try await writing { connection in try await Self.save(violation, connection, logger) }
    }

    static func save(_ violation: Violation, _ connection: PostgresConnection, _ logger: Logger) async throws {
        let body = try StoredDocument.encode(violation)
        try await connection.rows("""
            INSERT INTO violations (id, unit_division_code, status, occurred_at, body) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, body = excluded.body WHERE violations.body <> excluded.body
            """, [.text(violation.id), .text(violation.unit.divisionCode), .text(violation.status.rawValue),
                  .double(violation.occurredAt.timeIntervalSince1970), .text(body)], logger: logger)
        try await appendHistory(violation.history, table: "violation_history", key: "violation_id", id: violation.id,
                                what: "violation", connection, logger)
    }
}
