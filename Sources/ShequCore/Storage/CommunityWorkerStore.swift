/// Storage of community workers' careers (社区工作者职业体系, Art. 39): positions, pay grades,
/// training, evaluations, promotions and departure.
///
/// ```swift
/// let serving = try await store.communityWorkerCareers(community: nil).filter(\.isServing)
/// ```
public protocol CommunityWorkerStore: Sendable {
    /// Stores careers in one transaction, replacing the one of the same worker.
    func saveCommunityWorkerCareers(_ careers: [CommunityWorkerCareer]) async throws -> BatchOutcome

    /// The careers of one community, or of all when `nil`, by worker.
    func communityWorkerCareers(community: String?) async throws -> [CommunityWorkerCareer]
}
