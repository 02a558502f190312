/// Storage of community service facilities (社区综合服务设施, Art. 11–12, 41), the remedies
/// chosen for area shortfalls, and the household counts the area standard is checked against.
///
/// ```swift
/// let report = FacilityComplianceReport(
///     households: try await store.householdCounts(),
///     facilities: try await store.facilities(community: nil),
///     plans: try await store.facilityRemedyPlans(community: nil))
/// ```
public protocol FacilityStore: Sendable {
    /// Stores facilities in one transaction, replacing those with the same identifier.
    func saveFacilities(_ facilities: [CommunityFacility]) async throws -> BatchOutcome

    /// The facilities of one community (by code), or of all when `nil`, by community and identifier.
    func facilities(community: String?) async throws -> [CommunityFacility]

    /// Records a remedy chosen for a shortfall (new build, renovation, transfer, purchase, swap, lease).
    func save(_ plan: FacilityRemedyPlan) async throws

    /// The remedies recorded for one community, or for all when `nil`, in the order recorded.
    func facilityRemedyPlans(community: String?) async throws -> [FacilityRemedyPlan]

    /// The number of households of every community in the workspace, keyed by the
    /// community's statistical code (its identity when it has none).
    func householdCounts() async throws -> [String: Int]
}
