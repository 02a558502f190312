import GRDB
import ShequCore

extension SQLiteStore {
    // Judging events reads one resident or household per event: cached statements spare a
    // prepare (and GRDB's authorizer) on each read.
    public func resident(id: ResidentID, disclosure: Disclosure) async throws -> Resident? {
        try await pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM residents WHERE id = ?"), arguments: [id.rawValue])
                .map { Resident(row: $0).redacted(for: disclosure) }
        }
    }

    public func residents(inHousehold household: HouseholdID, disclosure: Disclosure) async throws -> [Resident] {
        try await pool.read { db in
            Self.headFirst(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM residents WHERE household_id = ?"),
                                            arguments: [household.rawValue])
                .map { Resident(row: $0).redacted(for: disclosure) })
        }
    }

    public func householdSize(_ household: HouseholdID) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(db.cachedStatement(sql: Self.householdSizeSQL), arguments: [household.rawValue]) ?? 0
        }
    }

    /// Counts a household's residents on the household index alone: no resident row is read.
    static let householdSizeSQL = "SELECT COUNT(*) FROM residents WHERE household_id = ?"

    public func residents(inCommunity community: DivisionID, page: PageRequest, disclosure: Disclosure) async throws
        -> Page<Resident>
    {
        try await pool.read { db in
            let items = try Row.fetchAll(
                db, sql: """
                    SELECT r.* FROM residents r JOIN households h ON h.id = r.household_id
                    WHERE h.community_id = ? AND r.id > ? ORDER BY r.id LIMIT ?
                    """,
                arguments: [community.rawValue, page.after?.rawValue ?? "", page.clampedLimit]
            ).map { Resident(row: $0).redacted(for: disclosure) }
            return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
        }
    }

    public func residents(
        inCommunity community: DivisionID, in category: CareCategory, page: PageRequest, disclosure: Disclosure
    ) async throws -> Page<Resident> {
        guard disclosure.contains(.care) else { throw StoreError.careNotDisclosed }
        return try await pool.read { db in
            let items = try Row.fetchAll(
                db, sql: """
                    SELECT r.* FROM residents r JOIN households h ON h.id = r.household_id
                    WHERE h.community_id = ? AND (r.care >> ?) & 1 = 1 AND r.id > ? ORDER BY r.id LIMIT ?
                    """,
                arguments: [community.rawValue, category.rawValue, page.after?.rawValue ?? "", page.clampedLimit]
            ).map { Resident(row: $0).redacted(for: disclosure) }
            return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
        }
    }

    public func careCounts(in community: DivisionID?) async throws -> [CareCategory: Int] {
        let sums = CareCategory.allCases.map { "COALESCE(SUM((r.care >> \($0.rawValue)) & 1), 0)" }.joined(separator: ", ")
        return try await pool.read { db in
            let row: Row?
            if let community {
                row = try Row.fetchOne(db, sql: """
                    SELECT \(sums) FROM residents r JOIN households h ON h.id = r.household_id WHERE h.community_id = ?
                    """, arguments: [community.rawValue])
            } else {
                row = try Row.fetchOne(db, sql: "SELECT \(sums) FROM residents r")
            }
            var counts: [CareCategory: Int] = [:]
            for (index, category) in CareCategory.allCases.enumerated() { counts[category] = row?[index] ?? 0 }
            return counts
        }
    }

    /// A household's members in the order of ``ResidentStore/residents(inHousehold:disclosure:)``: head first.
    static func headFirst(_ members: [Resident]) -> [Resident] {
        members.sorted { (roleOrder($0.role), $0.id) < (roleOrder($1.role), $1.id) }
    }

    private static func roleOrder(_ role: HouseholdRole) -> Int {
        HouseholdRole.allCases.firstIndex(of: role) ?? 0
    }
}
