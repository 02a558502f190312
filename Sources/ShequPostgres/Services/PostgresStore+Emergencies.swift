import PostgresNIO
import ShequCore

extension PostgresStore: EmergencyStore {
    public func saveIncidents(_ incidents: [EmergencyIncident]) async throws -> BatchOutcome {
        try await saveDocuments(incidents.map { ServiceDocument(id: $0.id, community: $0.place.communityCode, time: $0.reportedAt, value: $0) },
                                table: "emergency_incidents", timeColumn: "occurred_at")
    }

    public func incidents(community: String?) async throws -> [EmergencyIncident] {
        try await serviceDocuments(EmergencyIncident.self, table: "emergency_incidents", community: community, order: "occurred_at, id",
                                   what: "incidents")
    }

    public func incident(id: String) async throws -> EmergencyIncident? {
        try await serviceDocument(EmergencyIncident.self, table: "emergency_incidents", id: id, what: "incident")
    }

    public func saveHazardInspections(_ inspections: [HazardInspection]) async throws -> BatchOutcome {
        try await saveDocuments(inspections.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) },
                                table: "hazard_inspections")
    }

    public func hazardInspections(community: String?) async throws -> [HazardInspection] {
        try await serviceDocuments(HazardInspection.self, table: "hazard_inspections", community: community, what: "hazard inspections")
    }

    public func hazardInspection(id: String) async throws -> HazardInspection? {
        try await serviceDocument(HazardInspection.self, table: "hazard_inspections", id: id, what: "hazard inspection")
    }

    public func saveDrills(_ drills: [EmergencyDrill]) async throws -> BatchOutcome {
        try await saveDocuments(drills.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) }, table: "emergency_drills")
    }

    public func drills(community: String?) async throws -> [EmergencyDrill] {
        try await serviceDocuments(EmergencyDrill.self, table: "emergency_drills", community: community, what: "drills")
    }
}
