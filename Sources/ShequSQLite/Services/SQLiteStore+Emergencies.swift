import Foundation
import ShequCore

extension SQLiteStore: EmergencyStore {
    public func saveIncidents(_ incidents: [EmergencyIncident]) async throws -> BatchOutcome {
        try await saveDocuments(incidents.map { ServiceDocument(id: $0.id, community: $0.place.communityCode, time: $0.reportedAt, value: $0) },
                                table: "emergency_incidents", timeColumn: "occurred_at")
    }

    public func incidents(community: String?) async throws -> [EmergencyIncident] {
        try await documents(EmergencyIncident.self, table: "emergency_incidents", community: community, order: "occurred_at, id", what: "incident")
    }

    public func incident(id: String) async throws -> EmergencyIncident? {
        try await document(EmergencyIncident.self, table: "emergency_incidents", id: id, what: "incident")
    }

    public func saveHazardInspections(_ inspections: [HazardInspection]) async throws -> BatchOutcome {
        try await saveDocuments(inspections.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) }, table: "hazard_inspections")
    }

    public func hazardInspections(community: String?) async throws -> [HazardInspection] {
        try await documents(HazardInspection.self, table: "hazard_inspections", community: community, what: "hazard inspection")
    }

    public func hazardInspection(id: String) async throws -> HazardInspection? {
        try await document(HazardInspection.self, table: "hazard_inspections", id: id, what: "hazard inspection")
    }

    public func saveDrills(_ drills: [EmergencyDrill]) async throws -> BatchOutcome {
        try await saveDocuments(drills.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) }, table: "emergency_drills")
    }

    public func drills(community: String?) async throws -> [EmergencyDrill] {
        try await documents(EmergencyDrill.self, table: "emergency_drills", community: community, what: "drill")
    }
}
