import ArgumentParser
import Foundation
import ShequCore

/// `shequ affairs decisions`: the recorded decisions of the assignment gate.
struct AffairsDecisionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "List the gate's recorded decisions, with outcome, reason and legal basis.")

    @Option(help: "Only decisions for this county or district.")
    var county: String?

    @Option(help: "Only decisions with this outcome: accepted, refused_as_violation, held_for_county_decision.")
    var outcome: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let wanted = try outcome.map { try choice($0, "--outcome", as: GateOutcome.self) }
            let store = try await storeOptions.open()
            let records = try await store.assignmentDecisions(county: county).filter { wanted == nil || $0.decision.outcome == wanted }
            switch output.format {
            case .json: try JSONOutput.print(records)
            case .text:
                if records.isEmpty { print("没有记录的决定。") }
                for record in records {
                    print("\(record.assignment.id)  \(record.decision.outcome.chineseName)  \(record.assignment.title)  〔\(record.decision.basis.map(\.citation).joined(separator: "、"))〕  \(record.decidedBy) \(ChinaInstant.text(record.decidedAt))")
                }
            }
        }
    }
}
