import PostgresNIO
import ShequCore

extension PostgresStore {
    public func resident(id: ResidentID, disclosure: Disclosure) async throws -> Resident? {
        try await fetchAll("SELECT \(PostgresColumns.resident) FROM residents WHERE id = $1", [.text(id.rawValue)])
            .first.map { try Resident(row: $0).redacted(for: disclosure) }
    }

    public func residents(inHousehold household: HouseholdID, disclosure: Disclosure) async throws -> [Resident] {
        try await fetchAll("SELECT \(PostgresColumns.resident) FROM residents WHERE household_id = $1", [.text(household.rawValue)])
            .map { try Resident(row: $0).redacted(for: disclosure) }
            .sorted { (Self.roleOrder($0.role), $0.id) < (Self.roleOrder($1.role), $1.id) }
    }

    public func householdSize(_ household: HouseholdID) async throws -> Int {
        try await fetchAll("SELECT count(*) FROM residents WHERE household_id = $1", [.text(household.rawValue)])
            .first.map { try $0.decode(Int.self) } ?? 0
    }

    public func residents(inCommunity community: DivisionID, page: PageRequest, disclosure: Disclosure) async throws
        -> Page<Resident>
    {
        // Joining on the county as well keeps each household lookup inside the resident's own partition.
        let items = try await fetchAll("""
            SELECT \(PostgresColumns.resident("r")) FROM residents r
            JOIN households h ON h.county_id = r.county_id AND h.id = r.household_id
            WHERE h.community_id = $1 AND r.id > $2 ORDER BY r.id LIMIT $3
            """, [.text(community.rawValue), .text(page.after?.rawValue ?? ""), .int(page.clampedLimit)]
        ).map { try Resident(row: $0).redacted(for: disclosure) }
        return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
    }

    public func residents(
        inCommunity community: DivisionID, in category: CareCategory, page: PageRequest, disclosure: Disclosure
    ) async throws -> Page<Resident> {
        guard disclosure.contains(.care) else { throw StoreError.careNotDisclosed }
        let items = try await fetchAll("""
            SELECT \(PostgresColumns.resident("r")) FROM residents r
            JOIN households h ON h.county_id = r.county_id AND h.id = r.household_id
            WHERE h.community_id = $1 AND (r.care >> $2::integer) & 1 = 1 AND r.id > $3 ORDER BY r.id LIMIT $4
            """, [.text(community.rawValue), .int(category.rawValue), .text(page.after?.rawValue ?? ""), .int(page.clampedLimit)]
        ).map { try Resident(row: $0).redacted(for: disclosure) }
        return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
    }

    public func careCounts(in community: DivisionID?) async throws -> [CareCategory: Int] {
        let sums = CareCategory.allCases.map { "COALESCE(SUM((r.care >> \($0.rawValue)) & 1), 0)::bigint" }.joined(separator: ", ")
        let rows: [PostgresRow]
        if let community {
            rows = try await fetchAll("""
                SELECT \(sums) FROM residents r JOIN households h ON h.county_id = r.county_id AND h.id = r.household_id
                WHERE h.community_id = $1
                """, [.text(community.rawValue)])
        } else {
            rows = try await fetchAll("SELECT \(sums) FROM residents r", [])
        }
        var counts: [CareCategory: Int] = [:]
        guard let row = rows.first else { return counts }
        for (category, cell) in zip(CareCategory.allCases, row) { counts[category] = try cell.decode(Int.self) }
        return counts
    }

    private static func roleOrder(_ role: HouseholdRole) -> Int {
        HouseholdRole.allCases.firstIndex(of: role) ?? 0
    }
}
