import Foundation
import GRDB
import ShequCore

extension SQLiteStore: CareServiceStore {
    public func saveCareCases(_ cases: [CareCase]) async throws -> BatchOutcome {
        try await saveDocuments(cases.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) }, table: "care_cases")
    }

    public func careCase(id: String) async throws -> CareCase? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM care_cases WHERE id = ?", arguments: [id])
                .map { try Self.decodeService(CareCase.self, $0, what: "care case \(id)") }
        }
    }

    public func careCases(community: String?) async throws -> [CareCase] {
        try await documents(CareCase.self, table: "care_cases", community: community, what: "care case")
    }
}
