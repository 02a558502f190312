/// Storage of grids (网格, Art. 34): each community's versioned divisions, the grid
/// workers assigned to its grids, and each county's admission list (准入清单, Art. 34)
/// with the approvals, decisions and violations (Art. 44) of grid-task assignments.
///
/// Divisions are kept as a whole ``DivisionHistory`` per community, so an earlier
/// division stays readable after a new one is applied:
///
/// ```swift
/// let history = try await store.divisionHistory(community: "411502001001")
/// let grid = history?.grid(ofHousehold: "H-1", on: try CivilDate(parsing: "2025-03-01"))
/// ```
public protocol GridStore: Sendable {
    /// The divisions of one community (by its code), or `nil` when it was never divided.
    func divisionHistory(community communityCode: String) async throws -> DivisionHistory?

    /// The divisions of several communities; communities never divided are left out.
    func divisionHistories(communities communityCodes: [String]) async throws -> [String: DivisionHistory]

    /// Replaces the stored divisions of each history's community, all in one transaction.
    func save(_ histories: [DivisionHistory]) async throws

    /// The grid workers assigned in one community (grid codes start with its code).
    func gridWorkerAssignments(community communityCode: String) async throws -> [GridWorkerAssignment]

    /// Records that a worker covers a grid (replacing an earlier record for the same worker and grid).
    func save(_ assignment: GridWorkerAssignment) async throws

    /// A county's admission list with all its versions, or `nil` when it has none yet.
    func admissionList(county countyCode: String) async throws -> AdmissionList?

    /// Replaces the stored admission list of its county.
    func save(_ list: AdmissionList) async throws

    /// The approvals of unlisted task types recorded in a county.
    func admissionApprovals(county countyCode: String) async throws -> [AdmissionApproval]

    /// Records an approval of an unlisted task type (who approved, when, why).
    func save(_ approval: AdmissionApproval) async throws

    /// The decisions on grid-task assignments in a county, in the order they were made.
    func admissionDecisions(county countyCode: String) async throws -> [AdmissionDecision]

    /// Records a decision; a refusal also records its violation (Art. 44).
    func save(_ decision: AdmissionDecision) async throws

    /// The violations recorded in a county, corrected or not.
    func admissionViolations(county countyCode: String) async throws -> [AdmissionViolation]

    /// Replaces a recorded violation, as when its correction is tracked.
    func save(_ violation: AdmissionViolation) async throws
}
