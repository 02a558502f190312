import PostgresNIO
import ShequCore

extension PostgresStore: FacilityStore {
    public func saveFacilities(_ facilities: [CommunityFacility]) async throws -> BatchOutcome {
        try await saveDocuments(facilities.map { ServiceDocument(id: $0.id, community: $0.communityCode, value: $0) },
                                table: "community_facilities")
    }

    public func facilities(community: String?) async throws -> [CommunityFacility] {
        try await serviceDocuments(CommunityFacility.self, table: "community_facilities", community: community, what: "facilities")
    }

    public func save(_ plan: FacilityRemedyPlan) async throws {
        _ = try await fetchAll("INSERT INTO facility_remedy_plans (community_code, body) VALUES ($1, $2)",
                               [.text(plan.communityCode), .text(try StoredDocument.encode(plan))])
    }

    public func facilityRemedyPlans(community: String?) async throws -> [FacilityRemedyPlan] {
        if let community {
            return try await documents(FacilityRemedyPlan.self, """
                SELECT body FROM facility_remedy_plans WHERE community_code = $1 ORDER BY sequence
                """, [.text(community)], what: "facility remedy plans of \(community)")
        }
        return try await documents(FacilityRemedyPlan.self, "SELECT body FROM facility_remedy_plans ORDER BY sequence", [],
                                   what: "facility remedy plans")
    }

    public func householdCounts() async throws -> [String: Int] {
        let rows = try await fetchAll("""
            SELECT COALESCE(d.code, d.id), count(h.id) FROM divisions d LEFT JOIN households h ON h.community_id = d.id
            WHERE d.level = 4 GROUP BY d.id, d.code
            """, [])
        var counts: [String: Int] = [:]
        for row in rows {
            let (community, households) = try row.decode((String, Int).self)
            counts[community] = households
        }
        return counts
    }
}
