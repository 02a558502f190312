import PostgresNIO
import ShequCore

extension PostgresStore: VolunteerStore {
    /// The workspace keeps one register; the key leaves room for one per county later.
    private static let volunteerScope = "workspace"

    public func volunteerRegister() async throws -> VolunteerRegister {
        try await documents(VolunteerRegister.self, "SELECT body FROM volunteer_registers WHERE scope = $1", [.text(Self.volunteerScope)],
                            what: "volunteer register").first ?? VolunteerRegister()
    }

    public func save(_ register: VolunteerRegister) async throws {
        let body = try StoredDocument.encode(register)
        _ = try await fetchAll("""
            INSERT INTO volunteer_registers (scope, body) VALUES ($1, $2)
            ON CONFLICT (scope) DO UPDATE SET body = excluded.body
            """, [.text(Self.volunteerScope), .text(body)])
    }
}
