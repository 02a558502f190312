import PostgresNIO
import ShequCore

extension PostgresStore {
    /// Runs `body` in one transaction on a pooled connection: committed when it returns, rolled back when it throws.
    func writing<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: self.logger)
                do {
                    let result = try await body(connection)
                    try await connection.query("COMMIT", logger: self.logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: self.logger)
                    throw error
                }
            }
        } catch {
            throw translate(error)
        }
    }

    /// The `body` column of every row `sql` selects, decoded.
    func documents<Value: Decodable>(_ type: Value.Type, _ sql: String, _ values: [SQLValue], what: String) async throws -> [Value] {
        try await fetchAll(sql, values).map { try StoredDocument.decode(type, from: try $0.decode(String.self), what: what) }
    }
}

extension PostgresConnection {
    /// Runs one statement with its arguments and collects its rows.
    @discardableResult
    func rows(_ sql: String, _ values: [SQLValue] = [], logger: Logger) async throws -> [PostgresRow] {
        try await query(PostgresQuery(unsafeSQL: sql, binds: SQLValue.bindings(values)), logger: logger).collect()
    }
}
