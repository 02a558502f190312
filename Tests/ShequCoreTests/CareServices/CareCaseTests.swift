import Foundation
import Testing
@testable import ShequCore

@Suite("Care for special groups: visits, needs, masking by default")
struct CareCaseTests {
    func record() -> CareCase {
        CareCase(id: "C-1", residentID: "R-100", householdID: "HH-7", communityCode: "411502001001", personName: "王秀英",
                 contactPhone: "13712345678", address: "胜利路 12 号 3 单元 201", groups: [.elderlyLivingAlone, .extremePoverty],
                 providers: [CareProvider(id: "W-12", name: "李敏", kind: .communityWorker),
                             CareProvider(id: "V-3", name: "赵强", kind: .volunteer)],
                 openedAt: ServiceClock.at("2026-01-02"))
    }

    @Test func visitsByAssignedCarersOnly() throws {
        var care = record()
        try care.addVisit(CareVisit(at: ServiceClock.at("2026-03-01"), providerID: "W-12", services: [.visit, .meals], note: "精神尚可"))
        #expect(throws: CareServiceError.unknownProvider(caseID: "C-1", providerID: "W-99")) {
            try care.addVisit(CareVisit(at: ServiceClock.at("2026-03-02"), providerID: "W-99", services: [.visit]))
        }
        #expect(throws: CareServiceError.emptyVisit(caseID: "C-1")) {
            try care.addVisit(CareVisit(at: ServiceClock.at("2026-03-02"), providerID: "V-3", services: []))
        }
        #expect(care.visits.count == 1)
        #expect(care.lastVisitAt == ServiceClock.at("2026-03-01"))
    }

    @Test func needsFollowTheirLifecycle() throws {
        var care = record()
        try care.raiseNeed(CareNeed(id: "N-1", kind: .healthCare, summary: "需上门体检", raisedAt: ServiceClock.at("2026-03-01")))
        try care.raiseNeed(CareNeed(id: "N-2", kind: .entitlement, summary: "申请临时救助", raisedAt: ServiceClock.at("2026-03-01")))
        #expect(throws: CareServiceError.duplicateNeed(caseID: "C-1", needID: "N-1")) {
            try care.raiseNeed(CareNeed(id: "N-1", kind: .other, summary: "x", raisedAt: ServiceClock.at("2026-03-01")))
        }
        try care.updateNeed("N-1", to: .inProgress, at: ServiceClock.at("2026-03-02"))
        try care.updateNeed("N-1", to: .met, at: ServiceClock.at("2026-03-05"), resolution: "卫生站上门体检")
        #expect(throws: CareServiceError.self) {
            try care.updateNeed("N-1", to: .inProgress, at: ServiceClock.at("2026-03-06"))
        }
        #expect(care.needs[0].resolvedAt == ServiceClock.at("2026-03-05"))
        #expect(care.outstandingNeeds.map(\.id) == ["N-2"])
        #expect(throws: CareServiceError.openNeeds(caseID: "C-1", needIDs: ["N-2"])) {
            try care.close(at: ServiceClock.at("2026-03-10"))
        }
        try care.updateNeed("N-2", to: .referred, at: ServiceClock.at("2026-03-07"), resolution: "转民政所")
        try care.updateNeed("N-2", to: .met, at: ServiceClock.at("2026-03-09"))
        try care.close(at: ServiceClock.at("2026-03-10"))
        #expect(throws: CareServiceError.caseClosed(caseID: "C-1")) {
            try care.addVisit(CareVisit(at: ServiceClock.at("2026-03-11"), providerID: "W-12", services: [.visit]))
        }
    }

    @Test func summaryIsMaskedByDefault() throws {
        var care = record()
        try care.addVisit(CareVisit(at: ServiceClock.at("2026-03-01"), providerID: "W-12", services: [.visit, .meals], note: "精神尚可"))
        try care.addVisit(CareVisit(at: ServiceClock.at("2026-03-08"), providerID: "V-3", services: [.meals]))
        try care.raiseNeed(CareNeed(id: "N-1", kind: .healthCare, summary: "需上门体检", raisedAt: ServiceClock.at("2026-03-01")))

        let shared = care.summary()
        #expect(shared.disclosure == .masked)
        #expect(shared.personName == "王**")
        #expect(shared.contactPhone == "137****5678")
        #expect(shared.address == "胜利路****")
        #expect(shared.outstandingNeeds.map(\.summary) == [PersonalDataMask.withheld])
        #expect(shared.groups.categories == [.extremePoverty, .elderlyLivingAlone])
        #expect(shared.groups.keys == ["tekun", "elderly-alone"])
        #expect(shared.servicesDelivered == [.visit: 1, .meals: 2])
        #expect(shared.visitCount == 2)

        let full = care.summary(disclosure: .full)
        #expect(full.personName == "王秀英")
        #expect(full.outstandingNeeds.map(\.summary) == ["需上门体检"])

        let json = try #require(String(data: JSONEncoder().encode(shared), encoding: .utf8))
        #expect(!json.contains("秀英"))
        #expect(!json.contains("精神尚可"))
        #expect(json.contains("\"meals\":2"))
    }

    @Test func visitsFallDueByTheShortestInterval() throws {
        let policy = CareVisitPolicy(defaultIntervalDays: 90, intervalDays: [.extremePoverty: 30, .leftBehindChild: 15])
        var poor = record()
        try poor.addVisit(CareVisit(at: ServiceClock.at("2026-02-01"), providerID: "W-12", services: [.visit]))
        let disabled = CareCase(id: "C-2", residentID: "R-200", communityCode: "411502001001", personName: "周", groups: [.disability],
                                openedAt: ServiceClock.at("2026-01-01"))
        let child = CareCase(id: "C-3", residentID: "R-300", communityCode: "411502001001", personName: "陈", groups: [.leftBehindChild],
                             openedAt: ServiceClock.at("2026-02-20"))
        let due = policy.dueVisits(in: [poor, disabled, child], now: ServiceClock.at("2026-03-10"))
        #expect(due.map(\.caseID) == ["C-1", "C-3"])
        #expect(due.map(\.daysLate) == [7, 3])
        #expect(policy.interval(for: [.elderlyLivingAlone, .extremePoverty]) == 30)
    }
}
