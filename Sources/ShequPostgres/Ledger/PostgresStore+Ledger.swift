import PostgresNIO
import ShequCore

/// The points ledger on a shared server.
///
/// Each commit takes a transaction-scoped advisory lock before it compares the ledger with the change's base:
/// a commit for one community (``commit(_:in:)``) holds the ledger lock shared and its community's lock
/// exclusively, so communities commit in parallel while two writers of the same community are serialised
/// and the later one is refused with ``LedgerStoreError/ledgerMoved(expected:found:)``; a commit of the whole
/// ledger (``commit(_:)``) holds the ledger lock exclusively. Locks are always taken in that order, so they
/// cannot deadlock. Entry ids and applied events are unique in the database as well, so even a writer that
/// skipped the check could not double an entry.
extension PostgresStore: LedgerStore {
    public func ledger() async throws -> PointsLedger {
        try await ledger(where: "", [])
    }

    public func ledger(of community: CommunityID) async throws -> PointsLedger {
        try await ledger(where: "WHERE community_id = $1", [.text(community.rawValue)])
    }

    public func commit(_ change: LedgerChange) async throws {
        try await append(change, in: nil)
    }

    public func commit(_ change: LedgerChange, in community: CommunityID) async throws {
        try await append(change, in: community)
    }

    public func shop(of community: CommunityID) async throws -> PointsShop {
        let items = try await documents(ShopItem.self, "SELECT body FROM shop_items WHERE community_id = $1 ORDER BY id",
                                        [.text(community.rawValue)], what: "shop of \(community.rawValue)")
        return PointsShop(community: community, items: items)
    }

    public func save(_ shop: PointsShop) async throws {
        let items = try Self.encodedItems(of: shop)
        try await writing { connection in try await Self.replace(items, connection, logger) }
    }

    private func ledger(where filter: String, _ values: [SQLValue]) async throws -> PointsLedger {
        // One snapshot for the three reads, so entries, applied events and appeals belong together.
        let (entries, applied, appeals) = try await writing { connection in
            try await connection.rows("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            return (
                try await connection.rows("SELECT body FROM ledger_entries \(filter) ORDER BY position", values, logger: logger)
                    .map { try $0.decode(String.self) },
                try await connection.rows("SELECT event_id FROM applied_events \(filter)", values, logger: logger)
                    .map { try $0.decode(String.self) },
                try await connection.rows("SELECT body FROM appeals \(filter) ORDER BY position", values, logger: logger)
                    .map { try $0.decode(String.self) }
            )
        }
        return PointsLedger(
            entries: try entries.map { try StoredDocument.decode(LedgerEntry.self, from: $0, what: "ledger entry") },
            appliedEvents: Set(applied),
            appeals: try appeals.map { try StoredDocument.decode(AppealRecord.self, from: $0, what: "appeal") })
    }

    private func append(_ change: LedgerChange, in community: CommunityID?) async throws {
        guard !change.isEmpty else { return }
        let lines = try change.entries.enumerated().map { ord, entry in
            CopyLine.make(ord, [entry.id, entry.community.rawValue, entry.subject.description, entry.household,
                                try StoredDocument.encode(entry)])
        }
        let appeals = try change.appeals.map { ($0.appeal.id, $0.appeal.entryID, $0.decision != nil, try StoredDocument.encode($0)) }
        let items = try change.shop.map(Self.encodedItems(of:))
        let scope = community?.rawValue
        try await writing { connection in
            let found: Int
            if let scope {
                try await connection.rows("""
                    SELECT pg_advisory_xact_lock_shared(hashtext(current_schema() || '.ledger')),
                           pg_advisory_xact_lock(hashtext(current_schema() || '.ledger'), hashtext($1))
                    """, [.text(scope)], logger: logger)
                found = try await connection.rows("SELECT count(*) FROM ledger_entries WHERE community_id = $1", [.text(scope)],
                                                  logger: logger).first?.decode(Int.self) ?? 0
            } else {
                try await connection.rows("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.ledger'))", logger: logger)
                found = try await connection.rows("SELECT count(*) FROM ledger_entries", logger: logger).first?.decode(Int.self) ?? 0
            }
            guard found == change.baseEntryCount else {
                throw LedgerStoreError.ledgerMoved(expected: change.baseEntryCount, found: found)
            }
            if !lines.isEmpty { try await Self.insertEntries(lines, connection, logger) }
            if !change.appliedEvents.isEmpty {
                try await connection.rows("""
                    INSERT INTO applied_events (county_id, event_id, community_id)
                    SELECT COALESCE(e.county_id, d.county_id, ''), x.id, COALESCE(e.community_id, $2::text, '')
                    FROM unnest($1::text[]) AS x(id)
                    LEFT JOIN LATERAL (SELECT county_id, community_id FROM behaviour_events WHERE id = x.id LIMIT 1) e ON true
                    LEFT JOIN divisions d ON d.id = $2::text
                    ORDER BY 1, 2
                    ON CONFLICT (county_id, event_id) DO NOTHING
                    """, [.texts(change.appliedEvents.sorted()), .text(scope)], logger: logger)
            }
            for (id, entryID, decided, body) in appeals {
                try await connection.rows("""
                    INSERT INTO appeals (id, community_id, decided, body)
                    VALUES ($1, COALESCE((SELECT community_id FROM ledger_entries WHERE id = $2 LIMIT 1), $3::text, ''), $4::bigint <> 0, $5)
                    ON CONFLICT (id) DO UPDATE SET decided = excluded.decided, body = excluded.body
                    """, [.text(id), .text(entryID), .text(scope), .int(decided ? 1 : 0), .text(body)], logger: logger)
            }
            if let items { try await Self.replace(items, connection, logger) }
        }
    }

    /// Streams the entries through `COPY`, refuses an id already stored (in any county) or listed twice, and
    /// appends them in the change's order.
    private static func insertEntries(_ lines: [String], _ connection: PostgresConnection, _ logger: Logger) async throws {
        try await connection.rows("""
            CREATE TEMP TABLE IF NOT EXISTS shequ_stage_entries (
                ord integer, id text COLLATE "C", community_id text COLLATE "C", subject text COLLATE "C",
                household text COLLATE "C", body text
            ) ON COMMIT DELETE ROWS
            """, logger: logger)
        try await CopyLine.stage(lines, into: "shequ_stage_entries",
                                 columns: ["ord", "id", "community_id", "subject", "household", "body"], on: connection, logger: logger)
        let duplicate = try await connection.rows("""
            SELECT s.id FROM shequ_stage_entries s
            WHERE EXISTS (SELECT 1 FROM ledger_entries e WHERE e.id = s.id)
               OR EXISTS (SELECT 1 FROM shequ_stage_entries t WHERE t.id = s.id AND t.ord < s.ord)
            ORDER BY s.ord LIMIT 1
            """, logger: logger)
        if let row = duplicate.first { throw LedgerStoreError.duplicateEntry(id: try row.decode(String.self)) }
        try await connection.rows("""
            INSERT INTO ledger_entries (county_id, id, community_id, position, subject, household, body)
            SELECT s.county_id, s.id, s.community_id, nextval('ledger_positions'), s.subject, s.household, s.body
            FROM (
                SELECT COALESCE(d.county_id, '') AS county_id, s.*
                FROM shequ_stage_entries s LEFT JOIN divisions d ON d.id = s.community_id
                ORDER BY s.ord
            ) s
            """, logger: logger)
    }

    private static func encodedItems(of shop: PointsShop) throws -> [(String, String, String)] {
        try shop.items.values.sorted { $0.id < $1.id }.map { (shop.community.rawValue, $0.id, try StoredDocument.encode($0)) }
    }

    private static func replace(_ items: [(String, String, String)], _ connection: PostgresConnection, _ logger: Logger) async throws {
        for (community, id, body) in items {
            try await connection.rows("""
                INSERT INTO shop_items (community_id, id, body) VALUES ($1, $2, $3)
                ON CONFLICT (community_id, id) DO UPDATE SET body = excluded.body
                """, [.text(community), .text(id), .text(body)], logger: logger)
        }
    }
}
