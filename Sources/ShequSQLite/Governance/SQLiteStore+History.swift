import GRDB
import ShequCore

extension SQLiteStore {
    /// Appends the entries of `history` past those already stored for `id`, after checking
    /// that the stored entries are its beginning; the history tables refuse any rewrite.
    static func appendHistory<Entry: Encodable>(
        _ history: [Entry], table: String, key: String, id: String, what: String, in db: Database
    ) throws {
        let stored = try String.fetchAll(db, sql: "SELECT body FROM \(table) WHERE \(key) = ? ORDER BY position", arguments: [id])
        let encoded = try history.map { try StoredJSON.encode($0) }
        guard stored.count <= encoded.count, Array(encoded.prefix(stored.count)) == stored else {
            throw GovernanceRecordError.historyRewritten(what: what, id: id, storedCount: stored.count)
        }
        let insert = try db.cachedStatement(sql: "INSERT INTO \(table) (\(key), position, body) VALUES (?, ?, ?)")
        for position in stored.count..<encoded.count {
            try insert.execute(arguments: [id, position + 1, encoded[position]])
        }
    }
}
