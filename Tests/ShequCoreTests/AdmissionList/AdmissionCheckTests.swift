import Foundation
import Testing
@testable import ShequCore

@Suite("Admission list for grid tasks (准入清单, Art. 34, 44)")
struct AdmissionCheckTests {
    let survey = GridTaskType(code: "population-survey", name: "人口信息采集")
    let safety = GridTaskType(code: "safety-inspection", name: "安全隐患排查")
    let gridCode = try! GridCode(communityCode: "411502001001", number: 3)

    func day(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }

    func list() throws -> AdmissionList {
        var list = AdmissionList(countyCode: "411502")
        try list.adjust(adding: [survey, safety], effectiveFrom: day("2025-03-01"), by: "浉河区人民政府",
                        reason: "建立网格化服务管理事项准入清单")
        try list.adjust(removing: ["safety-inspection"], effectiveFrom: day("2025-09-01"), by: "浉河区人民政府",
                        reason: "安全隐患排查改由应急管理部门承担")
        return list
    }

    func assignment(_ code: String, name: String, on date: String, to assignee: GridTaskAssignment.Assignee? = nil) throws -> GridTaskAssignment {
        GridTaskAssignment(id: "T-\(code)-\(date)", countyCode: "411502", taskTypeCode: code, taskName: name,
                           assigningUnit: "浉河区某局", assignee: assignee ?? .grid(gridCode), assignedOn: try day(date))
    }

    @Test func listedWorkIsAccepted() throws {
        let decision = try AdmissionCheck.check(try assignment("population-survey", name: "人口普查入户登记", on: "2025-04-01"),
                                                against: list(), approvals: [])
        #expect(decision.outcome == .listed(listVersion: 1))
        #expect(decision.isAccepted)
        #expect(decision.legalBasis == .gridAdmission)
        #expect(decision.reason.contains("属于准入清单"))
        #expect(decision.reason.contains("人口信息采集"))
    }

    @Test func unlistedWorkWithApprovalIsAcceptedUnderTheApproval() throws {
        let approval = AdmissionApproval(id: "A-1", countyCode: "411502", taskTypeCode: "flood-patrol", assigningUnit: nil,
                                         approvedBy: "浉河区人民政府", approvedOn: try day("2025-07-01"),
                                         validUntil: try day("2025-09-30"), reason: "汛期临时防汛巡查")
        let task = try assignment("flood-patrol", name: "防汛巡查", on: "2025-07-15", to: .worker("W-7"))
        let decision = try AdmissionCheck.check(task, against: list(), approvals: [approval])
        #expect(decision.outcome == .approved(approval))
        #expect(decision.isAccepted)
        #expect(decision.reason.contains("不在准入清单"))
        #expect(decision.reason.contains("浉河区人民政府于2025-07-01批准"))
    }

    @Test func unlistedWorkWithoutApprovalIsRefusedAsAViolationNamingTheUnit() throws {
        let task = try assignment("insurance-sales", name: "商业保险推广", on: "2025-04-02")
        let decision = try AdmissionCheck.check(task, against: list(), approvals: [])
        #expect(!decision.isAccepted)
        #expect(decision.legalBasis == .gridAdmissionViolation)
        let violation = try #require(decision.violation)
        #expect(violation.assigningUnit == "浉河区某局")
        #expect(violation.legalBasis.fullCitation == "《信阳市城乡社区治理促进条例》第四十四条")
        #expect(violation.recordedOn == (try day("2025-04-02")))
        #expect(!violation.isCorrected)
        #expect(decision.reason.contains("浉河区某局将其交由网格411502001001003办理"))
        #expect(decision.reason.contains("第三十四条"))
        #expect(decision.reason.contains("第四十四条"))
    }

    @Test func violationCorrectionIsTracked() throws {
        var violation = try #require(try AdmissionCheck.check(
            try assignment("insurance-sales", name: "商业保险推广", on: "2025-04-02"), against: list(), approvals: []).violation)
        #expect(throws: AdmissionViolationError.correctedBeforeRecorded(id: violation.id, correctedOn: try day("2025-04-01"),
                                                                         recordedOn: try day("2025-04-02"))) {
            try violation.correct(on: try day("2025-04-01"), by: "浉河区人民政府", measure: "责令收回")
        }
        try violation.correct(on: day("2025-04-10"), by: "浉河区人民政府", measure: "责令收回事项，网格员停止办理")
        #expect(violation.isCorrected)
        #expect(violation.correction?.correctedBy == "浉河区人民政府")
        #expect(throws: AdmissionViolationError.alreadyCorrected(id: violation.id)) {
            try violation.correct(on: try day("2025-04-11"), by: "浉河区人民政府", measure: "再次纠正")
        }
    }

    @Test func theListInForceOnTheAssignmentDateDecides() throws {
        let list = try list()
        let before = try AdmissionCheck.check(try assignment("safety-inspection", name: "安全隐患排查", on: "2025-08-31"),
                                              against: list, approvals: [])
        let after = try AdmissionCheck.check(try assignment("safety-inspection", name: "安全隐患排查", on: "2025-09-01"),
                                             against: list, approvals: [])
        let beforeAnyList = try AdmissionCheck.check(try assignment("population-survey", name: "人口信息采集", on: "2025-02-28"),
                                                     against: list, approvals: [])
        #expect(before.outcome == .listed(listVersion: 1))
        #expect(after.violation != nil)
        #expect(after.reason.contains("第2版"))
        #expect(beforeAnyList.violation != nil)
        #expect(beforeAnyList.reason.contains("尚无生效的"))
    }

    @Test func approvalsCoverOnlyTheirTaskUnitAndPeriod() throws {
        let approval = AdmissionApproval(id: "A-2", countyCode: "411502", taskTypeCode: "flood-patrol",
                                         assigningUnit: "浉河区水利局", approvedBy: "浉河区人民政府",
                                         approvedOn: try day("2025-07-01"), validUntil: try day("2025-07-31"), reason: "汛期")
        let list = try list()
        let otherUnit = try assignment("flood-patrol", name: "防汛巡查", on: "2025-07-10")
        let beforeApproval = GridTaskAssignment(id: "T-x", countyCode: "411502", taskTypeCode: "flood-patrol", taskName: "防汛巡查",
                                                assigningUnit: "浉河区水利局", assignee: .grid(gridCode), assignedOn: try day("2025-06-30"))
        var afterPeriod = beforeApproval
        afterPeriod.assignedOn = try day("2025-08-01")
        var covered = beforeApproval
        covered.assignedOn = try day("2025-07-31")
        #expect(try AdmissionCheck.check(otherUnit, against: list, approvals: [approval]).violation != nil)
        #expect(try AdmissionCheck.check(beforeApproval, against: list, approvals: [approval]).violation != nil)
        #expect(try AdmissionCheck.check(afterPeriod, against: list, approvals: [approval]).violation != nil)
        #expect(try AdmissionCheck.check(covered, against: list, approvals: [approval]).outcome == .approved(approval))
    }

    @Test func adjustmentsAreVersionedAndAccountable() throws {
        var list = try list()
        #expect(list.versions.map(\.version) == [1, 2])
        #expect(list.versions[1].adjustment.removed == ["safety-inspection"])
        #expect(list.versions[1].adjustment.reason == "安全隐患排查改由应急管理部门承担")
        #expect(list.version(on: try day("2025-05-01"))?.taskTypes.map(\.code) == ["population-survey", "safety-inspection"])
        #expect(list.version(on: try day("2025-10-01"))?.taskTypes.map(\.code) == ["population-survey"])

        let late = try day("2025-09-01")
        #expect(throws: AdmissionListError.notAfterLatest(effectiveFrom: late, latest: late)) {
            try list.adjust(adding: [safety], effectiveFrom: late, by: "浉河区人民政府", reason: "恢复")
        }
        #expect(throws: AdmissionListError.alreadyListed(code: "population-survey")) {
            try list.adjust(adding: [survey], effectiveFrom: try day("2026-01-01"), by: "浉河区人民政府", reason: "重复")
        }
        #expect(throws: AdmissionListError.notListed(code: "nothing")) {
            try list.adjust(removing: ["nothing"], effectiveFrom: try day("2026-01-01"), by: "浉河区人民政府", reason: "删除")
        }
        #expect(throws: AdmissionListError.missingAccountability) {
            try list.adjust(adding: [safety], effectiveFrom: try day("2026-01-01"), by: "", reason: "恢复")
        }
        #expect(throws: AdmissionListError.emptyAdjustment) {
            try list.adjust(effectiveFrom: try day("2026-01-01"), by: "浉河区人民政府", reason: "无")
        }
        #expect(list.versions.count == 2)
    }

    @Test func anotherCountysListIsNotUsed() throws {
        var task = try assignment("population-survey", name: "人口信息采集", on: "2025-04-01")
        task.countyCode = "411521"
        #expect(throws: AdmissionListError.wrongCounty(list: "411502", assignment: "411521")) {
            try AdmissionCheck.check(task, against: try list(), approvals: [])
        }
    }

    @Test func articleCitations() {
        #expect(LegalBasis.gridAdmission.fullCitation == "《信阳市城乡社区治理促进条例》第三十四条第二款")
        #expect(ChineseNumeral.text(10) == "十")
        #expect(ChineseNumeral.text(47) == "四十七")
        #expect(ChineseNumeral.text(105) == "一百零五")
        #expect(ChineseNumeral.text(110) == "一百一十")
    }

    @Test func decisionsEncodeWithSnakeCaseKeys() throws {
        let decision = try AdmissionCheck.check(try assignment("insurance-sales", name: "商业保险推广", on: "2025-04-02"),
                                                against: list(), approvals: [])
        let text = String(decoding: try JSONEncoder().encode(decision), as: UTF8.self)
        #expect(text.contains("\"assigning_unit\""))
        #expect(text.contains("\"legal_basis\""))
        let back = try JSONDecoder().decode(AdmissionDecision.self, from: Data(text.utf8))
        #expect(back == decision)
    }
}
