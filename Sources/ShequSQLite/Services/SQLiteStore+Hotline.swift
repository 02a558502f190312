import Foundation
import GRDB
import ShequCore

extension SQLiteStore: HotlineStore {
    public func saveHotlineRequests(_ requests: [HotlineRequest]) async throws -> BatchOutcome {
        let encoded = try requests.map { request in
            (request, try StoredJSON.encode(request), try request.history.map(StoredJSON.encode))
        }
        return try await pool.write { db in
            var outcome = BatchOutcome()
            let existing = try db.cachedStatement(sql: "SELECT body FROM hotline_requests WHERE id = ?")
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO hotline_requests (id, community_code, grid_code, service_code, type, status, requested_at, duplicate_of, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET community_code = excluded.community_code, grid_code = excluded.grid_code,
                    service_code = excluded.service_code, type = excluded.type, status = excluded.status,
                    requested_at = excluded.requested_at, duplicate_of = excluded.duplicate_of, body = excluded.body
                """)
            let storedChanges = try db.cachedStatement(sql: "SELECT body FROM hotline_status_changes WHERE request_id = ? ORDER BY position")
            let append = try db.cachedStatement(sql: "INSERT INTO hotline_status_changes (request_id, position, at, body) VALUES (?, ?, ?, ?)")
            for (request, body, changes) in encoded {
                if let stored = try String.fetchOne(existing, arguments: [request.id]) {
                    if stored == body {
                        outcome.count(.unchanged)
                        continue
                    }
                    let recorded = try String.fetchAll(storedChanges, arguments: [request.id])
                    guard recorded.count <= changes.count, zip(recorded, changes).allSatisfy({ $0.0 == $0.1 }) else {
                        throw HotlineStoreError.historyRewritten(request: request.id)
                    }
                    try appendChanges(request, changes, from: recorded.count, append)
                } else {
                    try upsertRow(request, body, upsert)
                    try appendChanges(request, changes, from: 0, append)
                    outcome.count(.written)
                    continue
                }
                try upsertRow(request, body, upsert)
                outcome.count(.written)
            }
            return outcome
        }
    }

    public func hotlineRequest(id: String) async throws -> HotlineRequest? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM hotline_requests WHERE id = ?", arguments: [id])
                .map { try Self.decodeService(HotlineRequest.self, $0, what: "hotline request \(id)") }
        }
    }

    public func hotlineRequests(_ filter: HotlineRequestFilter) async throws -> [HotlineRequest] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let from = filter.from { conditions.append("requested_at >= ?"); _ = arguments.append(contentsOf: [from.timeIntervalSince1970]) }
        if let to = filter.to { conditions.append("requested_at < ?"); _ = arguments.append(contentsOf: [to.timeIntervalSince1970]) }
        if let community = filter.community { conditions.append("community_code = ?"); _ = arguments.append(contentsOf: [community]) }
        if let grid = filter.grid { conditions.append("grid_code = ?"); _ = arguments.append(contentsOf: [grid]) }
        if let prefix = filter.serviceCodePrefix {
            // A range on the indexed column rather than LIKE, which SQLite cannot serve from the index.
            conditions.append("service_code >= ? AND service_code < ?")
            _ = arguments.append(contentsOf: [prefix, prefix + "\u{10FFFF}"])
        }
        var sql = "SELECT id, body FROM hotline_requests"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY requested_at, id"
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        let finalSQL = sql
        let finalArguments = arguments
        return try await pool.read { db in
            try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                try Self.decodeService(HotlineRequest.self, row["body"], what: "hotline request \(row["id"] as String)")
            }
        }
    }

    public func hotlineStatusHistory(request id: String) async throws -> [HotlineStatusChange] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM hotline_status_changes WHERE request_id = ? ORDER BY position", arguments: [id])
                .map { try Self.decodeService(HotlineStatusChange.self, $0, what: "status change of hotline request \(id)") }
        }
    }

    public func hotlineRequestCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hotline_requests") ?? 0 }
    }

    private func upsertRow(_ request: HotlineRequest, _ body: String, _ statement: Statement) throws {
        try statement.execute(arguments: [
            request.id, request.communityCode, request.gridCode, request.serviceCode, request.type.rawValue,
            request.status.rawValue, request.requestedAt.timeIntervalSince1970, request.duplicateOf, body,
        ])
    }

    private func appendChanges(_ request: HotlineRequest, _ changes: [String], from start: Int, _ statement: Statement) throws {
        for position in start..<changes.count {
            try statement.execute(arguments: [request.id, position, request.history[position].at.timeIntervalSince1970, changes[position]])
        }
    }

    /// Decodes a stored service document; an unreadable one means a damaged workspace.
    static func decodeService<Value: Decodable>(_ type: Value.Type, _ text: String, what: String) throws -> Value {
        do {
            return try StoredJSON.decode(type, from: text)
        } catch {
            throw StoreError.notAWorkspace(path: "workspace", reason: "the stored \(what) cannot be read (\(error)); restore the workspace from a backup")
        }
    }
}
