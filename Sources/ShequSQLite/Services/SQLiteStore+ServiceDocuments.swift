import Foundation
import GRDB
import ShequCore

/// Service records kept whole as JSON documents beside the columns they are found by.
extension SQLiteStore {
    /// One row of a document table: identifier, community, optional time, the value.
    struct ServiceDocument<Value: Codable & Sendable>: Sendable {
        var id: String
        var community: String
        var time: Date?
        var value: Value
    }

    /// Upserts documents in one transaction; an identical document counts as unchanged.
    func saveDocuments<Value: Codable & Sendable>(_ documents: [ServiceDocument<Value>], table: String, timeColumn: String? = nil) async throws -> BatchOutcome {
        let encoded = try documents.map { ($0, try StoredJSON.encode($0.value)) }
        let columns = ["id", "community_code"] + (timeColumn.map { [$0] } ?? []) + ["body"]
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT(id) DO UPDATE SET \(updates)
            """
        return try await pool.write { db in
            var outcome = BatchOutcome()
            let existing = try db.cachedStatement(sql: "SELECT body FROM \(table) WHERE id = ?")
            let upsert = try db.cachedStatement(sql: sql)
            for (document, body) in encoded {
                if try String.fetchOne(existing, arguments: [document.id]) == body {
                    outcome.count(.unchanged)
                    continue
                }
                var values: [(any DatabaseValueConvertible)?] = [document.id, document.community]
                if timeColumn != nil { values.append(document.time?.timeIntervalSince1970 ?? 0) }
                values.append(body)
                try upsert.execute(arguments: StatementArguments(values))
                outcome.count(.written)
            }
            return outcome
        }
    }

    /// The documents of one community, or of all, ordered by `order`.
    func documents<Value: Codable & Sendable>(_ type: Value.Type, table: String, community: String?, order: String = "id", what: String) async throws -> [Value] {
        try await pool.read { db in
            let rows = if let community {
                try Row.fetchAll(db, sql: "SELECT id, body FROM \(table) WHERE community_code = ? ORDER BY \(order)", arguments: [community])
            } else {
                try Row.fetchAll(db, sql: "SELECT id, body FROM \(table) ORDER BY community_code, \(order)")
            }
            return try rows.map { try Self.decodeService(Value.self, $0["body"], what: "\(what) \($0["id"] as String)") }
        }
    }

    /// The document with this identifier, or `nil`.
    func document<Value: Codable & Sendable>(_ type: Value.Type, table: String, id: String, what: String) async throws -> Value? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT body FROM \(table) WHERE id = ?", arguments: [id]) else { return nil }
            return try Self.decodeService(Value.self, row["body"], what: "\(what) \(id)")
        }
    }
}
