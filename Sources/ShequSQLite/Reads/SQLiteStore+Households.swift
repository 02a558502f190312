import GRDB
import ShequCore

extension SQLiteStore {
    public func household(id: HouseholdID) async throws -> Household? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM households WHERE id = ?", arguments: [id.rawValue]).map(Household.init(row:))
        }
    }

    public func households(in community: DivisionID, page: PageRequest) async throws -> Page<Household> {
        try await pool.read { db in
            let items = try Row.fetchAll(
                db, sql: "SELECT * FROM households WHERE community_id = ? AND id > ? ORDER BY id LIMIT ?",
                arguments: [community.rawValue, page.after?.rawValue ?? "", page.clampedLimit]
            ).map(Household.init(row:))
            return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
        }
    }

    public func dwellings(in community: DivisionID) async throws -> [Dwelling] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM dwellings WHERE community_id = ? ORDER BY id", arguments: [community.rawValue])
                .map(Dwelling.init(row:))
        }
    }
}
