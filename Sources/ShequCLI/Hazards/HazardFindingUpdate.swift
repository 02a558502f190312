import ShequCore

/// Reads the inspection holding a finding, applies a change the domain checks, and stores it.
struct HazardFindingUpdate {
    let store: any WorkspaceStore
    let findingID: String

    func apply(_ change: (inout HazardFinding) throws -> Void) async throws -> HazardFinding {
        let inspections = try await store.hazardInspections(community: nil)
        for var inspection in inspections {
            guard let index = inspection.findings.firstIndex(where: { $0.id == findingID }) else { continue }
            do { try change(&inspection.findings[index]) } catch let error as HazardError {
                throw CommandFailure.rule(error)
            }
            _ = try await store.saveHazardInspections([inspection])
            return inspection.findings[index]
        }
        throw CommandFailure.rule("no hazard finding '\(findingID)': list open ones with `shequ hazards overdue`")
    }
}
