import Foundation
import PostgresNIO
import ShequCore

/// Work orders are streamed with `COPY` into staging tables, then checked and merged in a few set statements:
/// a month of a city's 12345 orders is one transaction of a handful of round trips, not one per order.
extension PostgresStore: HotlineStore {
    public func saveHotlineRequests(_ requests: [HotlineRequest]) async throws -> BatchOutcome {
        guard !requests.isEmpty else { return BatchOutcome() }
        var requestLines: [String] = []
        var changeLines: [String] = []
        for (ord, request) in requests.enumerated() {
            requestLines.append(CopyLine.make(ord, [
                request.id, request.communityCode, request.gridCode, request.serviceCode, request.type.rawValue,
                request.status.rawValue, String(request.requestedAt.timeIntervalSince1970), request.duplicateOf,
                try StoredDocument.encode(request),
            ]))
            for (position, change) in request.history.enumerated() {
                changeLines.append(CopyLine.make(ord, [String(position), String(change.at.timeIntervalSince1970), try StoredDocument.encode(change)]))
            }
        }
        return try await writing { connection in
            try await connection.rows("""
                CREATE TEMP TABLE IF NOT EXISTS shequ_stage_hotline (
                    ord integer, id text COLLATE "C", community_code text COLLATE "C", grid_code text COLLATE "C",
                    service_code text COLLATE "C", type text, status text, requested_at double precision,
                    duplicate_of text COLLATE "C", body text
                ) ON COMMIT DELETE ROWS
                """, logger: logger)
            try await connection.rows("""
                CREATE TEMP TABLE IF NOT EXISTS shequ_stage_hotline_changes (
                    ord integer, position bigint, at double precision, body text
                ) ON COMMIT DELETE ROWS
                """, logger: logger)
            try await CopyLine.stage(requestLines, into: "shequ_stage_hotline", columns: [
                "ord", "id", "community_code", "grid_code", "service_code", "type", "status", "requested_at", "duplicate_of", "body",
            ], on: connection, logger: logger)
            try await CopyLine.stage(changeLines, into: "shequ_stage_hotline_changes", columns: ["ord", "position", "at", "body"],
                                     on: connection, logger: logger)
            // Every county of the batch gets its partitions first, so no county's orders land in the default partition.
            try await connection.rows("""
                SELECT shequ_ensure_county_partitions(county)
                FROM (SELECT DISTINCT shequ_county_of(community_code) AS county FROM shequ_stage_hotline ORDER BY 1) counties
                WHERE county <> ''
                """, logger: logger)
            // The last of an id's rows in the batch wins; merged rows are locked in key order, so concurrent
            // batches cannot deadlock, and the history check below sees what a concurrent writer committed.
            let written = try await connection.rows("""
                WITH latest AS (SELECT DISTINCT ON (id) * FROM shequ_stage_hotline ORDER BY id, ord DESC),
                written AS (
                    INSERT INTO hotline_requests (county_id, id, community_code, grid_code, service_code, type, status,
                                                  requested_at, duplicate_of, body)
                    SELECT shequ_county_of(community_code), id, community_code, grid_code, service_code, type, status,
                           requested_at, duplicate_of, body
                    FROM latest ORDER BY 1, 2
                    ON CONFLICT (county_id, id) DO UPDATE SET community_code = excluded.community_code,
                        grid_code = excluded.grid_code, service_code = excluded.service_code, type = excluded.type,
                        status = excluded.status, requested_at = excluded.requested_at,
                        duplicate_of = excluded.duplicate_of, body = excluded.body
                    WHERE hotline_requests.body <> excluded.body
                    RETURNING 1
                )
                SELECT count(*) FROM written
                """, logger: logger).first?.decode(Int.self) ?? 0
            // A stored status change the new history does not repeat at its place is a rewrite; throwing rolls back.
            let rewritten = try await connection.rows("""
                WITH latest AS (SELECT DISTINCT ON (id) ord, id, community_code FROM shequ_stage_hotline ORDER BY id, ord DESC)
                SELECT l.id FROM latest l
                JOIN hotline_status_changes c ON c.county_id = shequ_county_of(l.community_code) AND c.request_id = l.id
                LEFT JOIN shequ_stage_hotline_changes n ON n.ord = l.ord AND n.position = c.position
                WHERE n.body IS DISTINCT FROM c.body
                ORDER BY l.ord LIMIT 1
                """, logger: logger)
            if let row = rewritten.first { throw HotlineStoreError.historyRewritten(request: try row.decode(String.self)) }
            try await connection.rows("""
                WITH latest AS (SELECT DISTINCT ON (id) * FROM shequ_stage_hotline ORDER BY id, ord DESC)
                INSERT INTO hotline_status_changes (county_id, request_id, position, at, body)
                SELECT shequ_county_of(l.community_code), l.id, n.position, n.at, n.body
                FROM latest l JOIN shequ_stage_hotline_changes n ON n.ord = l.ord
                ORDER BY 1, 2, 3
                ON CONFLICT (county_id, request_id, position) DO NOTHING
                """, logger: logger)
            return BatchOutcome(written: written, unchanged: requests.count - written)
        }
    }

    public func hotlineRequest(id: String) async throws -> HotlineRequest? {
        try await documents(HotlineRequest.self, "SELECT body FROM hotline_requests WHERE id = $1", [.text(id)],
                            what: "hotline request \(id)").first
    }

    public func hotlineRequests(_ filter: HotlineRequestFilter) async throws -> [HotlineRequest] {
        var conditions: [String] = []
        var values: [SQLValue] = []
        func condition(_ sql: String, _ value: SQLValue) {
            values.append(value)
            conditions.append(sql.replacingOccurrences(of: "?", with: "$\(values.count)"))
        }
        if let from = filter.from { condition("requested_at >= ?", .double(from.timeIntervalSince1970)) }
        if let to = filter.to { condition("requested_at < ?", .double(to.timeIntervalSince1970)) }
        if let community = filter.community { condition("community_code = ?", .text(community)) }
        if let grid = filter.grid { condition("grid_code = ?", .text(grid)) }
        if let prefix = filter.serviceCodePrefix { condition("starts_with(service_code, ?)", .text(prefix)) }
        var sql = "SELECT body FROM hotline_requests"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY requested_at, id"
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        return try await documents(HotlineRequest.self, sql, values, what: "hotline requests")
    }

    public func hotlineStatusHistory(request id: String) async throws -> [HotlineStatusChange] {
        try await documents(HotlineStatusChange.self, "SELECT body FROM hotline_status_changes WHERE request_id = $1 ORDER BY position",
                            [.text(id)], what: "status changes of hotline request \(id)")
    }

    public func hotlineRequestCount() async throws -> Int {
        try await fetchAll("SELECT count(*) FROM hotline_requests", []).first?.decode(Int.self) ?? 0
    }
}
