import PostgresNIO
import ShequCore

extension PostgresStore {
    /// Appends the entries of `history` past those already stored for `id`, after checking that the stored
    /// entries are its beginning; the history tables refuse any rewrite. Callers write the parent row first,
    /// so its row lock keeps two writers of the same record from appending at once.
    static func appendHistory<Entry: Encodable>(
        _ history: [Entry], table: String, key: String, id: String, what: String,
        _ connection: PostgresConnection, _ logger: Logger
    ) async throws {
        let stored = try await connection.rows("SELECT body FROM \(table) WHERE \(key) = $1 ORDER BY position", [.text(id)], logger: logger)
            .map { try $0.decode(String.self) }
        let encoded = try history.map { try StoredDocument.encode($0) }
        guard stored.count <= encoded.count, Array(encoded.prefix(stored.count)) == stored else {
            throw GovernanceRecordError.historyRewritten(what: what, id: id, storedCount: stored.count)
        }
        for position in stored.count..<encoded.count {
            try await connection.rows("INSERT INTO \(table) (\(key), position, body) VALUES ($1, $2, $3)",
                                      [.text(id), .int(position + 1), .text(encoded[position])], logger: logger)
        }
    }
}
