import Foundation
import PostgresNIO
import ShequCore

/// Service records kept whole as JSON documents beside the columns they are found by.
extension PostgresStore {
    /// One row of a document table: identifier, community, optional time, the value.
    struct ServiceDocument<Value: Codable & Sendable>: Sendable {
        var id: String
        var community: String
        var time: Date?
        var value: Value
    }

    /// Upserts documents in one transaction, in identifier order so concurrent writers cannot deadlock; an
    /// identical document counts as unchanged (the update's `WHERE` skips it, so it returns no row).
    func saveDocuments<Value: Codable & Sendable>(
        _ documents: [ServiceDocument<Value>], table: String, timeColumn: String? = nil
    ) async throws -> BatchOutcome {
        let encoded = try documents.map { ($0, try StoredDocument.encode($0.value)) }.sorted { $0.0.id < $1.0.id }
        let columns = ["id", "community_code"] + (timeColumn.map { [$0] } ?? []) + ["body"]
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.indices.map { "$\($0 + 1)" }.joined(separator: ", ")))
            ON CONFLICT (id) DO UPDATE SET \(updates) WHERE \(table).body <> excluded.body
            RETURNING 1
            """
        return try await writing { connection in
            var outcome = BatchOutcome()
            for (document, body) in encoded {
                var values: [SQLValue] = [.text(document.id), .text(document.community)]
                if timeColumn != nil { values.append(.double(document.time?.timeIntervalSince1970 ?? 0)) }
                values.append(.text(body))
                let written = try await connection.rows(sql, values, logger: logger)
                outcome.count(written.isEmpty ? .unchanged : .written)
            }
            return outcome
        }
    }

    /// The documents of one community, or of all, ordered by `order`.
    func serviceDocuments<Value: Codable & Sendable>(
        _ type: Value.Type, table: String, community: String?, order: String = "id", what: String
    ) async throws -> [Value] {
        if let community {
            return try await documents(Value.self, "SELECT body FROM \(table) WHERE community_code = $1 ORDER BY \(order)",
                                       [.text(community)], what: "\(what) of \(community)")
        }
        return try await documents(Value.self, "SELECT body FROM \(table) ORDER BY community_code, \(order)", [], what: what)
    }

    /// The document with this identifier, or `nil`.
    func serviceDocument<Value: Codable & Sendable>(_ type: Value.Type, table: String, id: String, what: String) async throws -> Value? {
        try await documents(Value.self, "SELECT body FROM \(table) WHERE id = $1", [.text(id)], what: "\(what) \(id)").first
    }
}
