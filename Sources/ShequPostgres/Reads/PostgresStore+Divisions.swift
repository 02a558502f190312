import PostgresNIO
import ShequCore

extension PostgresStore {
    public func division(id: DivisionID) async throws -> Division? {
        try await divisions("SELECT \(PostgresColumns.division) FROM divisions WHERE id = $1", [.text(id.rawValue)]).first
    }

    public func divisions(named name: String) async throws -> [Division] {
        try await divisions("SELECT \(PostgresColumns.division) FROM divisions WHERE name = $1 ORDER BY id", [.text(name)])
    }

    public func children(of parent: DivisionID?) async throws -> [Division] {
        if let parent {
            return try await divisions("SELECT \(PostgresColumns.division) FROM divisions WHERE parent_id = $1 ORDER BY id", [.text(parent.rawValue)])
        }
        return try await divisions("SELECT \(PostgresColumns.division) FROM divisions WHERE parent_id IS NULL ORDER BY id", [])
    }

    public func divisions(at level: DivisionLevel, page: PageRequest) async throws -> Page<Division> {
        let items = try await divisions(
            "SELECT \(PostgresColumns.division) FROM divisions WHERE level = $1 AND id > $2 ORDER BY id LIMIT $3",
            [.int(level.rawValue), .text(page.after?.rawValue ?? ""), .int(page.clampedLimit)])
        return Page(items: items, next: items.count == page.clampedLimit ? items.last.map { PageToken(rawValue: $0.id.rawValue) } : nil)
    }

    public func summary() async throws -> DivisionSummary {
        let rows = try await fetchAll("""
            SELECT level, count(*) FROM divisions GROUP BY level
            UNION ALL SELECT 5, count(*) FROM households
            UNION ALL SELECT 6, count(*) FROM residents
            """, [])
        var summary = DivisionSummary()
        for row in rows {
            let (level, count) = try row.decode((Int, Int).self)
            switch level {
            case 5: summary.households = count
            case 6: summary.residents = count
            default: if let level = DivisionLevel(rawValue: level) { summary.setCount(count, of: level) }
            }
        }
        return summary
    }

    private func divisions(_ sql: String, _ values: [SQLValue]) async throws -> [Division] {
        try await fetchAll(sql, values).map(Division.init(row:))
    }

    /// Runs one read statement on a pooled connection.
    func fetchAll(_ sql: String, _ values: [SQLValue]) async throws -> [PostgresRow] {
        let query = PostgresQuery(unsafeSQL: sql, binds: SQLValue.bindings(values))
        return try await read { connection in try await connection.query(query, logger: self.logger).collect() }
    }
}
