import GRDB
import ShequCore

extension SQLiteStore {
    public func division(id: DivisionID) async throws -> Division? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM divisions WHERE id = ?", arguments: [id.rawValue]).map(Division.init(row:))
        }
    }

    public func divisions(named name: String) async throws -> [Division] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM divisions WHERE name = ? ORDER BY id", arguments: [name])
                .map(Division.init(row:))
        }
    }

    public func children(of parent: DivisionID?) async throws -> [Division] {
        try await pool.read { db in
            if let parent {
                return try Row.fetchAll(db, sql: "SELECT * FROM divisions WHERE parent_id = ? ORDER BY id", arguments: [parent.rawValue])
                    .map(Division.init(row:))
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM divisions WHERE parent_id IS NULL ORDER BY id").map(Division.init(row:))
        }
    }

    public func divisions(at level: DivisionLevel, page: PageRequest) async throws -> Page<Division> {
        try await pool.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM divisions WHERE level = ? AND id > ? ORDER BY id LIMIT ?",
                arguments: [level.rawValue, page.after?.rawValue ?? "", page.clampedLimit])
            let items = rows.map(Division.init(row:))
            return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
        }
    }

    public func summary() async throws -> DivisionSummary {
        try await pool.read { db in
            var summary = DivisionSummary()
            for row in try Row.fetchAll(db, sql: "SELECT level, COUNT(*) AS n FROM divisions GROUP BY level") {
                if let level = DivisionLevel(rawValue: row["level"]) { summary.setCount(row["n"], of: level) }
            }
            summary.households = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM households") ?? 0
            summary.residents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM residents") ?? 0
            return summary
        }
    }
}
