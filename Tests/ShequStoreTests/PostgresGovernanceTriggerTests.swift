import Foundation
import Testing
import ShequCore
import ShequPostgres

/// The PostgreSQL triggers and partitions behind the governance and hotline records: what the store never
/// does, hand-written SQL cannot do either, and each county's work orders land in its own partition.
@Suite(
    "PostgreSQL governance and hotline tables",
    .enabled(if: StoreKind.postgresURL != nil, StoreKind.skipReason))
struct PostgresGovernanceTriggerTests {
    static func day(_ text: String) -> Date { CivilDate(text)!.startInChina }

    @Test func historiesAndDecisionsRefuseRewritesAndAClosedDisputeIsFinal() async throws {
        let location = try StoreKind.freshPostgresLocation()
        let store = try await PostgresStore.create(location: location)
        let city = CatalogueJurisdiction(divisionCode: "411500", name: "信阳市", level: .city)
        let county = CatalogueJurisdiction(divisionCode: "411521", name: "罗山县", level: .county, parentDivisionCode: "411500")
        _ = try await store.record([city, county], versions: [])
        let task = WorkAssignment(id: "A1", title: "任务", assigningUnit: GovernmentUnit(name: "某局", kind: .department, divisionCode: "411521"),
                                  communityCode: "411521001001", countyCode: "411521", assignedAt: Self.day("2025-05-01"), itemIDs: ["F-01"])
        let gate = AssignmentGate(catalogues: try await store.catalogueHierarchy())
        _ = try await store.record([AssignmentDecisionRecord(assignment: task, decision: try gate.decide(task), decidedAt: Self.day("2025-05-01"),
                                                             decidedBy: "审查")])
        var violation = Violation(id: "V1", unit: GovernmentUnit(name: "某局", kind: .department, divisionCode: "411521"),
                                  conduct: "转交事项", basis: .committeeBurdenViolation, occurredAt: Self.day("2025-05-01"),
                                  recordedAt: Self.day("2025-05-01"), recordedBy: "审查")
        try violation.orderCorrection("撤回", by: "罗山县人民政府", at: Self.day("2025-05-03"))
        try await store.save(violation)
        var dispute = try Dispute(id: "D1", parties: [DisputeParty(name: "张某", role: .applicant)], category: .neighbours,
                                  description: "漏水", place: DisputePlace(communityCode: "411521001001"), channel: .hotline,
                                  receivedAt: Self.day("2025-06-01"), receivedBy: "热线", firstHolder: .generic(.gridWorker))
        try dispute.close(with: DisputeOutcome(kind: .withdrawn, at: Self.day("2025-06-21"), note: "撤回"), by: "街道")
        _ = try await store.save([dispute])
        #expect(try await PostgresStoreTests.query(location, "SELECT count(*)::text FROM dispute_history") == [[String(dispute.history.count)]])

        for statement in ["DELETE FROM work_affair_decisions", "UPDATE work_affair_jurisdictions SET body = '{}'",
                          "UPDATE violation_history SET body = '{}'", "DELETE FROM violations", "DELETE FROM dispute_history",
                          "UPDATE disputes SET closed = false", "DELETE FROM disputes"] {
            await #expect(throws: (any Error).self, "\(statement)") { _ = try await PostgresStoreTests.query(location, statement) }
        }
        await store.close()
    }

    @Test func workOrdersLandInTheirCountysPartitionAndTheirHistoryOnlyGrows() async throws {
        let location = try StoreKind.freshPostgresLocation()
        let store = try await PostgresStore.create(location: location)
        func request(_ id: String, community: String) throws -> HotlineRequest {
            var request = HotlineRequest(id: id, serviceCode: "0301", serviceName: "噪音扰民", type: .complaint, channel: .phone,
                                         description: "夜间施工噪音", address: "胜利路12号", communityCode: community,
                                         requestedAt: Self.day("2026-03-01"))
            try request.dispatch(to: "城市管理局", at: Self.day("2026-03-02"), by: "12345")
            return request
        }
        // No division is stored: the county comes from the community code, and a code without one goes to the default partition.
        _ = try await store.saveHotlineRequests([
            try request("H-1", community: "411502001001"), try request("H-2", community: "411503100/新集村委会"),
            try request("H-3", community: "义阳社区"),
        ])
        let rows = try await PostgresStoreTests.query(location, """
            SELECT tableoid::regclass::text, county_id, id FROM hotline_requests
            UNION ALL SELECT tableoid::regclass::text, county_id, request_id FROM hotline_status_changes
            ORDER BY 1, 3
            """)
        #expect(rows == [
            ["hotline_requests_c1", "411502", "H-1"], ["hotline_requests_c2", "411503", "H-2"], ["hotline_requests_default", "", "H-3"],
            ["hotline_status_changes_c1", "411502", "H-1"], ["hotline_status_changes_c2", "411503", "H-2"],
            ["hotline_status_changes_default", "", "H-3"],
        ])
        for statement in ["UPDATE hotline_status_changes SET body = '{}'", "DELETE FROM hotline_status_changes", "DELETE FROM hotline_requests"] {
            await #expect(throws: (any Error).self, "\(statement)") { _ = try await PostgresStoreTests.query(location, statement) }
        }
        await store.close()
    }
}
