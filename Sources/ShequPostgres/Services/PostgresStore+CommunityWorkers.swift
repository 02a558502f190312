import PostgresNIO
import ShequCore

extension PostgresStore: CommunityWorkerStore {
    public func saveCommunityWorkerCareers(_ careers: [CommunityWorkerCareer]) async throws -> BatchOutcome {
        try await saveDocuments(careers.map { ServiceDocument(id: $0.workerID, community: $0.communityCode, value: $0) },
                                table: "community_worker_careers")
    }

    public func communityWorkerCareers(community: String?) async throws -> [CommunityWorkerCareer] {
        try await serviceDocuments(CommunityWorkerCareer.self, table: "community_worker_careers", community: community,
                                   what: "community worker careers")
    }
}
