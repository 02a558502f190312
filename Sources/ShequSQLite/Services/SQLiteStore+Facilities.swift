import Foundation
import GRDB
import ShequCore

extension SQLiteStore: FacilityStore {
    public func saveFacilities(_ facilities: [CommunityFacility]) async throws -> BatchOutcome {
        let encoded = try facilities.map { ($0, try StoredJSON.encode($0)) }
        return try await pool.write { db in
            var outcome = BatchOutcome()
            let existing = try db.cachedStatement(sql: "SELECT body FROM community_facilities WHERE id = ?")
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO community_facilities (id, community_code, body) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET community_code = excluded.community_code, body = excluded.body
                """)
            for (facility, body) in encoded {
                if try String.fetchOne(existing, arguments: [facility.id]) == body {
                    outcome.count(.unchanged)
                } else {
                    try upsert.execute(arguments: [facility.id, facility.communityCode, body])
                    outcome.count(.written)
                }
            }
            return outcome
        }
    }

    public func facilities(community: String?) async throws -> [CommunityFacility] {
        try await pool.read { db in
            let rows = if let community {
                try Row.fetchAll(db, sql: "SELECT id, body FROM community_facilities WHERE community_code = ? ORDER BY id", arguments: [community])
            } else {
                try Row.fetchAll(db, sql: "SELECT id, body FROM community_facilities ORDER BY community_code, id")
            }
            return try rows.map { try Self.decodeService(CommunityFacility.self, $0["body"], what: "facility \($0["id"] as String)") }
        }
    }

    public func save(_ plan: FacilityRemedyPlan) async throws {
        let body = try StoredJSON.encode(plan)
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO facility_remedy_plans (community_code, body) VALUES (?, ?)",
                           arguments: [plan.communityCode, body])
        }
    }

    public func facilityRemedyPlans(community: String?) async throws -> [FacilityRemedyPlan] {
        try await pool.read { db in
            let bodies = if let community {
                try String.fetchAll(db, sql: "SELECT body FROM facility_remedy_plans WHERE community_code = ? ORDER BY sequence", arguments: [community])
            } else {
                try String.fetchAll(db, sql: "SELECT body FROM facility_remedy_plans ORDER BY sequence")
            }
            return try bodies.map { try Self.decodeService(FacilityRemedyPlan.self, $0, what: "facility remedy plan") }
        }
    }

    public func householdCounts() async throws -> [String: Int] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT COALESCE(d.code, d.id) AS community, COUNT(h.id) AS households
                FROM divisions d LEFT JOIN households h ON h.community_id = d.id
                WHERE d.level = 4 GROUP BY d.id
                """)
            var counts: [String: Int] = [:]
            for row in rows {
                let community: String = row["community"]
                let households: Int = row["households"]
                counts[community] = households
            }
            return counts
        }
    }
}
