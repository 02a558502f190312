import PostgresNIO
import ShequCore

extension PostgresStore {
    public func household(id: HouseholdID) async throws -> Household? {
        try await fetchAll("SELECT \(PostgresColumns.household) FROM households WHERE id = $1", [.text(id.rawValue)])
            .first.map(Household.init(row:))
    }

    public func households(in community: DivisionID, page: PageRequest) async throws -> Page<Household> {
        let items = try await fetchAll(
            "SELECT \(PostgresColumns.household) FROM households WHERE community_id = $1 AND id > $2 ORDER BY id LIMIT $3",
            [.text(community.rawValue), .text(page.after?.rawValue ?? ""), .int(page.clampedLimit)]
        ).map(Household.init(row:))
        return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
    }

    public func dwellings(in community: DivisionID) async throws -> [Dwelling] {
        try await fetchAll("SELECT community_id, kind, name FROM dwellings WHERE community_id = $1 ORDER BY id", [.text(community.rawValue)])
            .map(Dwelling.init(row:))
    }
}
