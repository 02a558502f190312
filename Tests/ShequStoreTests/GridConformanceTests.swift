import Foundation
import Testing
import ShequCore

/// The contract of grid divisions, grid workers and each county's admission list (准入清单, Art. 34), run
/// unchanged against both stores.
@Suite("Grid conformance")
struct GridConformanceTests {
    private func community(_ households: [String]) -> DivisionCommunity {
        DivisionCommunity(communityCode: "411502001001", communityName: "义阳社区", townshipName: "老城街道", kind: .urban,
                          units: [DivisionUnit(id: "B1", kind: .building, address: "1号楼", householdIDs: households)])
    }

    @Test(arguments: StoreKind.allCases) func divisionHistoriesSurviveAReopenAndAnswerByDate(_ kind: StoreKind) async throws {
        let address = try await kind.makeAddressWithHierarchy()
        let store = try await address.open()
        let parameters = DivisionParameters(targetHouseholds: 2, minHouseholds: 1, maxHouseholds: 2, splitsOversizedUnits: true)
        var history = DivisionHistory(communityCode: "411502001001")
        let first = try DivisionValidator.validate(
            BuiltInDivision.divide(community(["H1", "H2"]), parameters: parameters), of: community(["H1", "H2"]), parameters: parameters)
        let v1 = try history.propose(first, on: CivilDate(parsing: "2025-01-01"), by: "老城街道")
        _ = try history.preview(version: v1)
        try history.apply(version: v1, from: CivilDate(parsing: "2025-01-01"), by: "老城街道")
        try await store.save([history])

        let reopened = try await address.open()
        let stored = try #require(try await reopened.divisionHistory(community: "411502001001"))
        #expect(stored == history)
        #expect(stored.grid(ofHousehold: "H1", on: try CivilDate(parsing: "2025-06-01"))?.code.rawValue == "411502001001001")
        #expect(stored.grid(ofHousehold: "H1", on: try CivilDate(parsing: "2024-12-31")) == nil)
        #expect(try await reopened.divisionHistory(community: "411502001002") == nil)
    }

    @Test(arguments: StoreKind.allCases) func admissionRecordsKeepTheirOrderAndViolationsTheirCorrection(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        var list = AdmissionList(countyCode: "411502")
        _ = try list.adjust(adding: [GridTaskType(code: "T01", name: "人口信息采集")],
                            effectiveFrom: CivilDate(parsing: "2025-01-01"), by: "浉河区人民政府", reason: "首版清单")
        try await store.save(list)
        #expect(try await store.admissionList(county: "411502") == list)

        let date = try CivilDate(parsing: "2025-02-01")
        let grid = try GridCode(communityCode: "411502001001", number: 1)
        let listed = GridTaskAssignment(id: "A1", countyCode: "411502", taskTypeCode: "T01", taskName: "人口信息采集",
                                        assigningUnit: "区民政局", assignee: .grid(grid), assignedOn: date)
        let unlisted = GridTaskAssignment(id: "A2", countyCode: "411502", taskTypeCode: "X9", taskName: "招商引资",
                                          assigningUnit: "区商务局", assignee: .grid(grid), assignedOn: date)
        try await store.save(try AdmissionCheck.check(listed, against: list, approvals: []))
        let refused = try AdmissionCheck.check(unlisted, against: list, approvals: [])
        try await store.save(refused)

        #expect(try await store.admissionDecisions(county: "411502").map(\.assignment.id) == ["A1", "A2"])
        var violation = try #require(try await store.admissionViolations(county: "411502").first)
        #expect(violation.assigningUnit == "区商务局")
        #expect(!violation.isCorrected)
        try violation.correct(on: try CivilDate(parsing: "2025-02-10"), by: "浉河区人民政府", measure: "收回任务")
        try await store.save(violation)
        let corrected = try await store.admissionViolations(county: "411502")
        #expect(corrected.count == 1 && corrected[0].isCorrected)
    }

    @Test(arguments: StoreKind.allCases) func gridWorkersAreListedByCommunity(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let grid = try GridCode(communityCode: "411502001001", number: 2)
        try await store.save(GridWorkerAssignment(workerID: "W1", gridCode: grid, employment: .fullTime))
        try await store.save(GridWorkerAssignment(workerID: "W1", gridCode: grid, employment: .partTime))
        #expect(try await store.gridWorkerAssignments(community: "411502001001")
            == [GridWorkerAssignment(workerID: "W1", gridCode: grid, employment: .partTime)])
        #expect(try await store.gridWorkerAssignments(community: "411502001002").isEmpty)
    }
}
