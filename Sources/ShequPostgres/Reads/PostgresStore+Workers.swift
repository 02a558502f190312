import PostgresNIO
import ShequCore

extension PostgresStore {
    public func workers(in community: DivisionID, disclosure: Disclosure) async throws -> [Worker] {
        try await fetchAll(
            "SELECT id, community_id, name, role, employment, phone, grid FROM workers WHERE community_id = $1 ORDER BY id",
            [.text(community.rawValue)]
        ).map { try Worker(row: $0).redacted(for: disclosure) }
    }
}
