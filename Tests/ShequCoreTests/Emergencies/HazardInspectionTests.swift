import Foundation
import Testing
@testable import ShequCore

@Suite("Hazard inspections: rectification, verification, overdue against an injected clock")
struct HazardInspectionTests {
    func finding(_ id: String, level: HazardLevel = .ordinary, deadline: String = "2026-03-10") -> HazardFinding {
        HazardFinding(id: id, summary: "消防通道堆放杂物", place: "3 号楼北侧", level: level, responsibleUnit: "某物业公司",
                      foundAt: ServiceClock.at("2026-03-01 10:00"), deadline: ServiceClock.at(deadline))
    }

    @Test func overdueOnlyAfterTheDeadline() {
        let open = finding("F-1")
        #expect(!open.isOverdue(at: ServiceClock.at("2026-03-09 23:59")))
        #expect(open.isOverdue(at: ServiceClock.at("2026-03-10 00:01")))
        #expect(open.daysOverdue(at: ServiceClock.at("2026-03-13 12:00")) == 3)
    }

    @Test func reportedFixedIsStillOverdueUntilVerified() throws {
        var hazard = finding("F-2")
        try hazard.startRectification(at: ServiceClock.at("2026-03-02"))
        try hazard.reportRectified(at: ServiceClock.at("2026-03-09"), note: "已清理")
        #expect(hazard.isOverdue(at: ServiceClock.at("2026-03-11")))
        try hazard.verify(HazardVerification(by: "W-12", at: ServiceClock.at("2026-03-11"), passed: true))
        #expect(hazard.state == .verified)
        #expect(!hazard.isOverdue(at: ServiceClock.at("2026-03-11")))
    }

    @Test func failedVerificationSendsItBack() throws {
        var hazard = finding("F-3")
        try hazard.reportRectified(at: ServiceClock.at("2026-03-02"))
        try hazard.verify(HazardVerification(by: "W-12", at: ServiceClock.at("2026-03-03"), passed: false, note: "仍有堆放"))
        #expect(hazard.state == .rectifying)
        #expect(hazard.verifications.count == 1)
        #expect(throws: HazardError.self) {
            try hazard.verify(HazardVerification(by: "W-12", at: ServiceClock.at("2026-03-04"), passed: true))
        }
    }

    @Test func responsibleUnitCannotVerifyItself() throws {
        var hazard = finding("F-4")
        try hazard.reportRectified(at: ServiceClock.at("2026-03-02"))
        #expect(throws: HazardError.selfVerification(finding: "F-4", unit: "某物业公司")) {
            try hazard.verify(HazardVerification(by: "某物业公司", at: ServiceClock.at("2026-03-03"), passed: true))
        }
    }

    @Test func stepsAreDatedInOrder() throws {
        var hazard = finding("F-5")
        #expect(throws: HazardError.dateOutOfOrder(finding: "F-5", at: ServiceClock.at("2026-02-28"))) {
            try hazard.startRectification(at: ServiceClock.at("2026-02-28"))
        }
        #expect(throws: HazardError.deadlineBeforeFinding(finding: "F-5")) {
            try hazard.extendDeadline(to: ServiceClock.at("2026-02-01"))
        }
        try hazard.extendDeadline(to: ServiceClock.at("2026-03-20"))
        #expect(!hazard.isOverdue(at: ServiceClock.at("2026-03-15")))
    }

    @Test func overdueReportPutsMajorHazardsFirst() throws {
        var fixed = finding("F-9")
        try fixed.reportRectified(at: ServiceClock.at("2026-03-02"))
        try fixed.verify(HazardVerification(by: "W-1", at: ServiceClock.at("2026-03-03"), passed: true))
        let inspections = [
            HazardInspection(id: "I-1", communityCode: "411502001001", scope: "消防通道", inspectedAt: ServiceClock.at("2026-03-01"),
                             inspectors: ["W-1"], findings: [finding("F-6", deadline: "2026-03-05"), fixed, finding("F-7", deadline: "2026-03-30")]),
            HazardInspection(id: "I-2", communityCode: "411502001002", scope: "燃气管道", inspectedAt: ServiceClock.at("2026-03-01"),
                             inspectors: ["W-2"], findings: [finding("F-8", level: .major, deadline: "2026-03-08")]),
        ]
        let report = HazardOverdueReport(inspections: inspections, now: ServiceClock.at("2026-03-10 09:00"))
        #expect(report.openCount == 3)
        #expect(report.entries.map(\.finding.id) == ["F-8", "F-6"])
        #expect(report.entries.map(\.daysOverdue) == [2, 5])
        #expect(report.table.rows.first == ["F-8", "411502001002", "消防通道堆放杂物", "重大隐患", "某物业公司", "2026-03-08", "2", "待整改"])
        let later = HazardOverdueReport(inspections: inspections, now: ServiceClock.at("2026-04-01"))
        #expect(later.entries.map(\.finding.id) == ["F-8", "F-6", "F-7"])
    }
}
