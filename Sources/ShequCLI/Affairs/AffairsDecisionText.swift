import Foundation
import ShequCore

/// The text form of a gate decision: outcome, task, items, reason and legal basis in Chinese.
enum AffairsDecisionText {
    static func print(_ record: AssignmentDecisionRecord) {
        let decision = record.decision
        let task = record.assignment
        Swift.print("决定：\(decision.outcome.chineseName)（\(decision.outcome.rawValue)）")
        Swift.print("任务：\(task.id) \(task.title)（\(task.assigningUnit.name)，\(CivilDate(chinaDayOf: task.assignedAt))，\(task.communityCode)）")
        for entry in decision.matchedEntries {
            Swift.print("事项：\(entry.item.id) \(entry.item.title)〔\(entry.item.category.chineseName)，\(entry.isInherited ? "继承自\(entry.definedBy)" : "\(entry.definedBy)") v\(entry.version)〕")
        }
        for unknown in decision.unknownItemIDs { Swift.print("事项：\(unknown)〔不在目录内〕") }
        if let matching = record.matching, matching != "given" { Swift.print("事项对应：\(matching)") }
        Swift.print("理由：\(decision.reason)")
        for basis in decision.basis { Swift.print("依据：\(basis)") }
        if let violation = decision.violation { Swift.print("违规登记：\(violation.id)（\(violation.basis.fullCitation)）") }
    }
}
