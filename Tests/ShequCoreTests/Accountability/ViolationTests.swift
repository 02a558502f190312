import Foundation
import Testing
@testable import ShequCore

@Suite("Violations register: status transitions (Art. 44–46)")
struct ViolationTests {
    static func violation(id: String = "V-1", unit: String = "某街道办事处", on date: Date = day(1), article: LegalBasis = .committeeBurdenViolation) -> Violation {
        Violation(
            id: id, unit: GovernmentUnit(name: unit, kind: .streetOffice, divisionCode: "411502001"),
            responsiblePerson: "李某", conduct: "要求社区承担执法事务", basis: article,
            occurredAt: date, recordedAt: date, recordedBy: "区民政局")
    }

    @Test("recorded → correction ordered → corrected → verified, each step kept")
    func fullPath() throws {
        var violation = Self.violation()
        try violation.orderCorrection("三日内收回该项工作", by: "浉河区人民政府", deadline: day(4), at: day(2))
        #expect(violation.status == .correctionOrdered)
        #expect(violation.correction?.instruction == "三日内收回该项工作")
        #expect(violation.correction?.orderedBy == "浉河区人民政府")
        try violation.transition(to: .corrected, by: "某街道办事处", note: "已收回", at: day(3))
        try violation.transition(to: .verified, by: "浉河区人民政府", note: "经核实已纠正", at: day(5))
        #expect(violation.isClosed)
        #expect(violation.history.map(\.to) == [.recorded, .correctionOrdered, .corrected, .verified])
        #expect(violation.history.map(\.from) == [nil, .recorded, .correctionOrdered, .corrected])
        #expect(violation.history.last?.by == "浉河区人民政府")
    }

    @Test("an insufficient correction is reopened, and a serious case is referred for discipline")
    func reopenAndRefer() throws {
        var violation = Self.violation()
        try violation.orderCorrection("收回", by: "区政府", at: day(2))
        try violation.transition(to: .corrected, by: "街道", note: "称已收回", at: day(3))
        try violation.orderCorrection("仍在要求社区执法，限期彻底收回", by: "区政府", deadline: day(6), at: day(4))
        #expect(violation.status == .correctionOrdered)
        #expect(violation.correction?.instruction == "仍在要求社区执法，限期彻底收回")
        #expect(violation.isCorrectionOverdue(at: day(5)) == false)
        #expect(violation.isCorrectionOverdue(at: day(7)))
        try violation.transition(to: .referredForDiscipline, by: "区政府", note: "情节严重，移送处分", at: day(8))
        #expect(violation.isClosed)
        #expect(violation.isCorrectionOverdue(at: day(9)) == false)
    }

    @Test("moves the status machine does not allow are refused and change nothing",
          arguments: [
            (ViolationStatus.recorded, ViolationStatus.corrected),
            (.recorded, .verified),
            (.recorded, .referredForDiscipline),
            (.correctionOrdered, .verified),
            (.correctionOrdered, .dismissed),
            (.dismissed, .correctionOrdered),
          ])
    func refusedMoves(from: ViolationStatus, to: ViolationStatus) throws {
        var violation = Self.violation()
        switch from {
        case .recorded: break
        case .correctionOrdered: try violation.orderCorrection("纠正", by: "区政府", at: day(2))
        case .dismissed: try violation.transition(to: .dismissed, by: "区政府", note: "不属于违规", at: day(2))
        default: Issue.record("fixture has no path to \(from)")
        }
        let before = violation
        #expect(throws: ViolationTransitionError(violationID: "V-1", from: from, to: to, reason: .notAllowed)) {
            if to == .correctionOrdered {
                try violation.orderCorrection("再次纠正", by: "区政府", at: day(3))
            } else {
                try violation.transition(to: to, by: "区政府", note: "", at: day(3))
            }
        }
        #expect(violation == before)
    }

    @Test("a correction needs an instruction, a name and a date after the last change")
    func badTransitions() throws {
        var violation = Self.violation()
        #expect(throws: ViolationTransitionError(violationID: "V-1", from: .recorded, to: .correctionOrdered, reason: .correctionMissing)) {
            try violation.transition(to: .correctionOrdered, by: "区政府", note: "", at: day(2))
        }
        #expect(throws: ViolationTransitionError(violationID: "V-1", from: .recorded, to: .correctionOrdered, reason: .correctionMissing)) {
            try violation.orderCorrection("  ", by: "区政府", at: day(2))
        }
        #expect(throws: ViolationTransitionError(violationID: "V-1", from: .recorded, to: .correctionOrdered, reason: .dateBeforeLastChange(day(1)))) {
            try violation.orderCorrection("收回", by: "区政府", at: day(0))
        }
        #expect(violation.correction == nil)
        #expect(throws: ViolationTransitionError(violationID: "V-1", from: .recorded, to: .dismissed, reason: .blankActor)) {
            try violation.transition(to: .dismissed, by: "", note: "", at: day(2))
        }
        let closed = ViolationTransitionError(violationID: "V-1", from: .verified, to: .corrected, reason: .notAllowed)
        #expect(closed.description.contains("closed"))
        let open = ViolationTransitionError(violationID: "V-1", from: .recorded, to: .verified, reason: .notAllowed)
        #expect(open.description.contains("correction_ordered, dismissed"))
    }
}
