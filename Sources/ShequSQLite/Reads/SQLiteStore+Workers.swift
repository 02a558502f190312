import GRDB
import ShequCore

extension SQLiteStore {
    public func workers(in community: DivisionID, disclosure: Disclosure) async throws -> [Worker] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM workers WHERE community_id = ? ORDER BY id", arguments: [community.rawValue])
                .map { Worker(row: $0).redacted(for: disclosure) }
        }
    }
}
