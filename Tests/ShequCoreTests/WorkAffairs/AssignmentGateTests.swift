import Foundation
import Testing
@testable import ShequCore

@Suite("Assignment gate: the three outcomes and their legal basis (Art. 40, 45)")
struct AssignmentGateTests {
    let gate: AssignmentGate

    init() throws {
        gate = AssignmentGate(catalogues: try CatalogueFixture.hierarchy())
    }

    static let streetOffice = GovernmentUnit(name: "浉河区老城街道办事处", kind: .streetOffice, divisionCode: "411502001")

    func assignment(
        _ itemIDs: [String],
        county: String = "411502",
        on date: Date = day(30),
        funding: AssistanceFunding? = nil,
        conditions: String? = nil
    ) -> WorkAssignment {
        WorkAssignment(
            id: "2025-030", title: "测试任务", assigningUnit: Self.streetOffice, responsiblePerson: "李某",
            communityCode: "411502001001", countyCode: county, assignedAt: date, itemIDs: itemIDs,
            funding: funding, workingConditions: conditions)
    }

    @Test("main-duty work is accepted on Art. 40 ¶1")
    func mainDutyAccepted() throws {
        let decision = try gate.decide(assignment(["Z-01"]))
        #expect(decision.outcome == .accepted)
        #expect(decision.basis == [.mainDutyList])
        #expect(decision.basis.first?.citation == "第四十条第一款")
        #expect(decision.reason.contains("主责事项"))
        #expect(decision.reason.contains("Z-01"))
        #expect(decision.violation == nil)
        #expect(decision.matchedEntries.map(\.item.id) == ["Z-01"])
        #expect(decision.catalogueDivisionCode == "411502")
    }

    @Test("assistance work with funding and working conditions is accepted on Art. 40 ¶2")
    func fundedAssistanceAccepted() throws {
        let decision = try gate.decide(assignment(
            ["X-01"], funding: AssistanceFunding(amount: 3000, source: "区财政专项资金"), conditions: "提供平板电脑两台"))
        #expect(decision.outcome == .accepted)
        #expect(decision.basis == [.assistanceNeedsFunding])
        #expect(decision.missingConditions.isEmpty)
        #expect(decision.reason.contains("3000"))
        #expect(decision.reason.contains("区财政专项资金"))
        #expect(decision.reason.contains("提供平板电脑两台"))
    }

    @Test("assistance work without funding or conditions is refused and recorded as a violation of Art. 45, naming what is missing",
          arguments: [
            (nil, nil, [AssistanceRequirement.fundingAmount, .fundingSource, .workingConditions]),
            (AssistanceFunding(amount: 3000, source: "区财政"), nil, [.workingConditions]),
            (AssistanceFunding(amount: 0, source: "区财政"), "提供场地", [.fundingAmount]),
            (AssistanceFunding(amount: 500, source: "  "), "提供场地", [.fundingSource]),
          ] as [(AssistanceFunding?, String?, [AssistanceRequirement])])
    func unfundedAssistanceRefused(funding: AssistanceFunding?, conditions: String?, missing: [AssistanceRequirement]) throws {
        let decision = try gate.decide(assignment(["X-01"], funding: funding, conditions: conditions))
        #expect(decision.outcome == .refusedAsViolation)
        #expect(decision.missingConditions == missing)
        #expect(decision.basis == [.assistanceNeedsFunding, .committeeBurdenViolation])
        #expect(decision.basis.first?.citation == "第四十条第二款")
        for requirement in missing { #expect(decision.reason.contains(requirement.chineseName)) }
        let violation = try #require(decision.violation)
        #expect(violation.id == "2025-030-violation")
        #expect(violation.basis.article == 45)
        #expect(violation.unit == Self.streetOffice)
        #expect(violation.conduct.contains("协助事项"))
        #expect(violation.conduct.contains("X-01"))
        for requirement in missing { #expect(violation.conduct.contains(requirement.chineseName)) }
    }

    @Test("negative-list work is refused and recorded as a violation of Art. 45")
    func negativeRefusedAsViolation() throws {
        let decision = try gate.decide(assignment(["F-01"]))
        #expect(decision.outcome == .refusedAsViolation)
        #expect(decision.basis == [.negativeListForbidden, .committeeBurdenViolation])
        #expect(decision.reason.contains("负面清单"))
        let violation = try #require(decision.violation)
        #expect(violation.id == "2025-030-violation")
        #expect(violation.basis.article == 45)
        #expect(violation.unit == Self.streetOffice)
        #expect(violation.responsiblePerson == "李某")
        #expect(violation.assignmentID == "2025-030")
        #expect(violation.communityCode == "411502001001")
        #expect(violation.status == .recorded)
        #expect(violation.occurredAt == day(30))
        #expect(violation.conduct.contains("F-01"))
        #expect(violation.history.map(\.to) == [.recorded])
    }

    @Test("work not in the catalogue, or not mapped at all, is held for the county government")
    func unknownHeld() throws {
        let unknown = try gate.decide(assignment(["Q-77"]))
        #expect(unknown.outcome == .heldForCountyDecision)
        #expect(unknown.unknownItemIDs == ["Q-77"])
        #expect(unknown.basis == [.catalogueAdjustment])
        #expect(unknown.reason.contains("Q-77"))
        #expect(unknown.violation == nil)

        let unmapped = try gate.decide(assignment([]))
        #expect(unmapped.outcome == .heldForCountyDecision)
        #expect(unmapped.reason.contains("未对应任何目录事项"))
    }

    @Test("with several items the strictest applies: negative, unfunded assistance, unknown, accepted")
    func severalItems() throws {
        #expect(try gate.decide(assignment(["Z-01", "F-01", "Q-77"])).outcome == .refusedAsViolation)
        let unfunded = try gate.decide(assignment(["X-01", "Q-77"]))
        #expect(unfunded.outcome == .refusedAsViolation)
        #expect(unfunded.basis == [.assistanceNeedsFunding, .committeeBurdenViolation])
        #expect(try gate.decide(assignment(["Z-01", "Q-77"])).outcome == .heldForCountyDecision)
        let mixed = try gate.decide(assignment(
            ["Z-01", "X-01", "Z-01"], funding: AssistanceFunding(amount: 100, source: "区财政"), conditions: "场地"))
        #expect(mixed.outcome == .accepted)
        #expect(mixed.basis == [.mainDutyList, .assistanceNeedsFunding])
        #expect(mixed.matchedEntries.map(\.item.id) == ["Z-01", "X-01"])
    }

    @Test("the catalogue in force on the assignment date decides")
    func decidedOnAssignmentDate() throws {
        let funded = AssistanceFunding(amount: 800, source: "区医保局")
        let before = try gate.decide(assignment(["X-02"], on: day(99), funding: funded, conditions: "提供宣传材料"))
        let after = try gate.decide(assignment(["X-02"], on: day(100), funding: funded, conditions: "提供宣传材料"))
        #expect(before.outcome == .accepted)
        #expect(after.outcome == .refusedAsViolation)
        #expect(after.matchedEntries.first?.version == 2)
    }

    @Test("a county's own adjustment decides in that county only")
    func countyAdjustmentDecides() throws {
        let guangshan = try gate.decide(assignment(["X-01"], county: "411522"))
        #expect(guangshan.outcome == .accepted)
        #expect(guangshan.basis == [.mainDutyList])
        #expect(guangshan.matchedEntries.first?.definedBy == "411522")
        #expect(try gate.decide(assignment(["X-01"], county: "411502")).outcome == .refusedAsViolation)
    }

    @Test("an assignment for a county without a catalogue is an error, not a decision")
    func unknownCounty() {
        #expect(throws: WorkAffairsCatalogueError.unknownJurisdiction(divisionCode: "419999")) {
            try gate.decide(assignment(["Z-01"], county: "419999"))
        }
    }

    @Test("legal bases cite the article in Chinese numerals")
    func citations() {
        #expect(LegalBasis.committeeBurdenViolation.citation == "第四十五条")
        #expect(LegalBasis.localMediation.citation == "第三十五条第三款")
        #expect(LegalBasis.negativeListForbidden.description.hasPrefix("《信阳市城乡社区治理促进条例》第四十条第二款："))
    }
}
