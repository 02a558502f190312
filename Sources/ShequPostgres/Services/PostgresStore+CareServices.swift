import PostgresNIO
import ShequCore

extension PostgresStore: CareServiceStore {
    public func saveCareCases(_ cases: [CareCase]) async throws -> BatchOutcome {
        try await saveDocuments(cases.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) }, table: "care_cases")
    }

    public func careCase(id: String) async throws -> CareCase? {
        try await documents(CareCase.self, "SELECT body FROM care_cases WHERE id = $1", [.text(id)], what: "care case \(id)").first
    }

    public func careCases(community: String?) async throws -> [CareCase] {
        try await serviceDocuments(CareCase.self, table: "care_cases", community: community, what: "care cases")
    }
}
