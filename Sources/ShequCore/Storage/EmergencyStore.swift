/// Storage of emergencies (Art. 37): incidents from 110, 119, 120 and 12345 with their
/// timelines, hazard inspections (隐患排查) with their findings, and drills.
///
/// ```swift
/// _ = try await store.saveIncidents([incident])
/// let report = HazardOverdueReport(inspections: try await store.hazardInspections(community: nil), now: now)
/// ```
public protocol EmergencyStore: Sendable {
    /// Stores incidents in one transaction, replacing those with the same identifier.
    func saveIncidents(_ incidents: [EmergencyIncident]) async throws -> BatchOutcome

    /// The incidents of one community (by code), or of all when `nil`, in the order reported.
    func incidents(community: String?) async throws -> [EmergencyIncident]

    /// The incident with this identifier, or `nil`: one read, whatever the number of incidents stored.
    func incident(id: String) async throws -> EmergencyIncident?

    /// Stores inspections in one transaction, replacing those with the same identifier.
    func saveHazardInspections(_ inspections: [HazardInspection]) async throws -> BatchOutcome

    /// The inspections of one community, or of all when `nil`.
    func hazardInspections(community: String?) async throws -> [HazardInspection]

    /// The inspection with this identifier, or `nil`.
    func hazardInspection(id: String) async throws -> HazardInspection?

    /// Stores drills in one transaction, replacing those with the same identifier.
    func saveDrills(_ drills: [EmergencyDrill]) async throws -> BatchOutcome

    /// The drills of one community, or of all when `nil`.
    func drills(community: String?) async throws -> [EmergencyDrill]
}
