import Foundation
import Testing
@testable import ShequCore

@Suite("Facility compliance against 30 m² per 100 households")
struct FacilityComplianceTests {
    static let below = "411502001001"
    static let above = "411502001002"
    static let partly = "411502001003"
    static let unplanned = "411502001004"

    let facilities = [
        CommunityFacility(id: "F-1", communityCode: below, name: "民权社区党群服务中心", kind: .partyMassServiceCentre,
                          areaSquareMetres: 300, tenure: .owned),
        CommunityFacility(id: "F-2", communityCode: below, name: "旧活动室", kind: .activityVenue,
                          areaSquareMetres: 200, tenure: .owned, inService: false),
        CommunityFacility(id: "F-3", communityCode: above, name: "新华社区党群服务中心", kind: .partyMassServiceCentre,
                          areaSquareMetres: 250, tenure: .transferred, utilityTariffs: [.electricity: .nonResidential, .water: .residential]),
        CommunityFacility(id: "F-4", communityCode: above, name: "新华社区卫生室", kind: .clinic, areaSquareMetres: 80, tenure: .leased),
        CommunityFacility(id: "F-5", communityCode: partly, name: "活动室", kind: .activityVenue, areaSquareMetres: 100, tenure: .owned),
        CommunityFacility(id: "F-6", communityCode: "411502009999", name: "无户数社区", kind: .other, areaSquareMetres: 50, tenure: .owned),
    ]

    let households = [below: 1_500, above: 1_000, partly: 1_000, unplanned: 500]

    let plans = [
        FacilityRemedyPlan(communityCode: below, remedy: .lease, addedSquareMetres: 100, responsibleUnit: "浉河区人民政府"),
        FacilityRemedyPlan(communityCode: below, remedy: .transfer, addedSquareMetres: 60, responsibleUnit: "浉河区人民政府"),
        FacilityRemedyPlan(communityCode: partly, remedy: .newBuild, addedSquareMetres: 150, responsibleUnit: "浉河区人民政府"),
    ]

    var report: FacilityComplianceReport {
        FacilityComplianceReport(households: households, facilities: facilities, plans: plans)
    }

    private func row(_ code: String) throws -> FacilityComplianceRow {
        try #require(report.rows.first { $0.communityCode == code })
    }

    @Test func belowTheStandardWithRemediesThatCoverIt() throws {
        let row = try row(Self.below)
        #expect(row.requiredSquareMetres == 450)
        #expect(row.actualSquareMetres == 300) // the activity room out of service does not count
        #expect(row.shortfallSquareMetres == 150)
        #expect(row.plannedSquareMetres == 160)
        #expect(row.remainingShortfallSquareMetres == 0)
        #expect(row.status == .shortfallCovered)
        #expect(row.plans.map(\.remedy) == [.lease, .transfer])
        #expect(row.facilityIDs == ["F-1"])
        #expect(row.squareMetresPerHundredHouseholds == 20)
    }

    @Test func aboveTheStandard() throws {
        let row = try row(Self.above)
        #expect(row.requiredSquareMetres == 300)
        #expect(row.actualSquareMetres == 330)
        #expect(row.shortfallSquareMetres == 0)
        #expect(row.isCompliant)
        #expect(row.tariffBreaches == ["F-3"])
    }

    @Test func partlyCoveredAndUnplannedShortfalls() throws {
        let partly = try row(Self.partly)
        #expect(partly.shortfallSquareMetres == 200)
        #expect(partly.remainingShortfallSquareMetres == 50)
        #expect(partly.status == .shortfallPartlyCovered)
        let none = try row(Self.unplanned)
        #expect(none.actualSquareMetres == 0)
        #expect(none.shortfallSquareMetres == 150)
        #expect(none.status == .shortfallUnplanned)
        #expect(report.shortfalls.map(\.communityCode) == [Self.below, Self.partly, Self.unplanned])
        #expect(report.communitiesWithoutHouseholds == ["411502009999"])
    }

    @Test func configurableStandardAndFloor() throws {
        let lower = FacilityComplianceReport(households: households, facilities: facilities,
                                             standard: FacilityAreaStandard(squareMetresPerHundredHouseholds: 20))
        #expect(lower.rows.first { $0.communityCode == Self.below }?.status == .compliant) // 300 ≥ 1500 / 100 × 20
        let floored = FacilityComplianceReport(households: households, facilities: facilities,
                                               standard: FacilityAreaStandard(squareMetresPerHundredHouseholds: 20, minimumSquareMetres: 350))
        let row = try #require(floored.rows.first { $0.communityCode == Self.above })
        #expect(row.requiredSquareMetres == 350) // the floor beats 1000 / 100 × 20 = 200
        #expect(row.shortfallSquareMetres == 20)
        #expect(row.status == .shortfallUnplanned)
    }

    @Test func tableReadsInChinese() throws {
        let table = report.table
        #expect(table.title == "社区综合服务设施面积达标情况（标准：每百户30平方米）")
        #expect(table.rows.first == [Self.below, "1500", "450", "300", "150", "租用、划转", "160", "0", "不达标，已定整改方式", ""])
        #expect(table.rows[1].last == "F-3")
    }

    @Test func article41Breaches() {
        #expect(facilities[2].utilitiesBilledAgainstArticle41 == [.electricity])
        #expect(facilities[0].utilitiesBilledAgainstArticle41.isEmpty)
    }
}
