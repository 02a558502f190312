import Foundation

/// Storage of the committee work-affairs catalogues and the assignment gate's decisions
/// (工作事务指导目录 and 准入, Art. 40, 45). Versions and decisions are append-only: a
/// catalogue changes by a new version, a decision is never rewritten.
///
/// ```swift
/// let hierarchy = try await store.catalogueHierarchy()
/// let decision = try AssignmentGate(catalogues: hierarchy).decide(assignment)
/// try await store.record([AssignmentDecisionRecord(assignment: assignment, decision: decision,
///                                                   decidedAt: .now, decidedBy: "民政局")])
/// ```
public protocol WorkAffairsStore: Sendable {
    /// Every registered jurisdiction with all of its versions, ready for the gate.
    func catalogueHierarchy() async throws -> CatalogueHierarchy

    /// The recorded versions of one division's catalogue, oldest first.
    func catalogueVersions(division divisionCode: String) async throws -> [CatalogueVersionRecord]

    /// Records jurisdictions and catalogue versions as one change, all or nothing. A
    /// jurisdiction or version already stored identically is left as it is (`unchanged`);
    /// one stored differently is refused with ``GovernanceRecordError``.
    func record(_ jurisdictions: [CatalogueJurisdiction], versions: [CatalogueVersionRecord]) async throws -> [UpsertOutcome]

    /// Records gate decisions, with the violations they carry, as one change. A decision
    /// for an assignment id already decided on the same assignment is `unchanged`; on a
    /// different assignment it is refused with ``GovernanceRecordError``.
    func record(_ decisions: [AssignmentDecisionRecord]) async throws -> [UpsertOutcome]

    /// Recorded decisions, oldest first; of one county when `countyCode` is given.
    func assignmentDecisions(county countyCode: String?) async throws -> [AssignmentDecisionRecord]
}
