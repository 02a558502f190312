import Foundation
import Testing
@testable import ShequCore

@Suite("Housing-project facilities kept in step with the housing (Art. 12)")
struct HousingProjectFacilityTests {
    func project() -> HousingProjectFacility {
        HousingProjectFacility(id: "HP-1", name: "羊山新区某小区", communityCode: "411502001001", kind: .newEstate,
                               plannedHouseholds: 1_200, plannedFacilitySquareMetres: 300)
    }

    @Test func stagesGoInOrder() throws {
        var project = project()
        #expect(throws: HousingProjectError.stageOutOfOrder(project: "HP-1", part: .housing, expected: .planning, got: .construction)) {
            try project.reach(.construction, parts: [.housing], at: ServiceClock.at("2026-01-01"))
        }
        try project.reach(.planning, parts: [.housing, .facility], at: ServiceClock.at("2025-06-01"))
        try project.reach(.construction, parts: [.housing, .facility], at: ServiceClock.at("2025-09-01"))
        #expect(throws: HousingProjectError.self) {
            try project.reach(.acceptance, parts: [.housing], at: ServiceClock.at("2025-08-01"))
        }
        #expect(project.stage(of: .housing) == .construction)
        #expect(project.stage(of: .facility) == .construction)
    }

    @Test func aRefusedStepChangesNothing() throws {
        var project = project()
        try project.reach(.planning, parts: [.housing], at: ServiceClock.at("2025-06-01"))
        #expect(throws: HousingProjectError.self) {
            // The facility is not yet planned, so this must fail for both parts.
            try project.reach(.construction, parts: [.housing, .facility], at: ServiceClock.at("2025-09-01"))
        }
        #expect(project.stage(of: .housing) == .planning)
        #expect(project.stage(of: .facility) == nil)
    }

    @Test func facilityLaggingTheHousingIsAFinding() throws {
        var project = project()
        try project.reach(.planning, parts: [.housing, .facility], at: ServiceClock.at("2025-06-01"))
        try project.reach(.construction, parts: [.housing], at: ServiceClock.at("2025-09-01"))
        try project.reach(.construction, parts: [.facility], at: ServiceClock.at("2025-09-20"))
        try project.reach(.acceptance, parts: [.housing], at: ServiceClock.at("2026-01-10"))

        let findings = project.synchronisationFindings(now: ServiceClock.at("2026-03-01"), toleranceDays: 30)
        #expect(findings.map(\.stage) == [.acceptance])
        #expect(findings.first?.daysBehind == 50)
        #expect(findings.first?.explanation == "住宅已验收，社区综合服务设施用房未验收（已滞后 50 天）")

        let strict = project.synchronisationFindings(now: ServiceClock.at("2026-03-01"))
        #expect(strict.map(\.stage) == [.construction, .acceptance])
        #expect(strict.first?.explanation == "社区综合服务设施用房建设比住宅晚 19 天")
    }

    @Test func plannedAreaAgainstTheStandard() {
        #expect(project().plannedShortfall() == 60)
        #expect(project().plannedShortfall(against: FacilityAreaStandard(squareMetresPerHundredHouseholds: 25)) == 0)
    }
}
