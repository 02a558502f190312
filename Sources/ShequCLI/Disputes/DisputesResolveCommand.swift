import ArgumentParser
import Foundation
import ShequCore

/// `shequ disputes resolve ID`: closes a dispute with its outcome.
struct DisputesResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Close a dispute: mediation_agreement (with --agreement), referred_to_arbitration, referred_to_court or withdrawn.")

    @Argument(help: "The dispute's id.") var dispute: String
    @Option(help: "\(DisputeOutcome.Kind.allCases.map(\.rawValue).joined(separator: ", ")).") var outcome: String
    @Option(help: "What the parties agreed (for a mediation agreement).") var agreement: String?
    @Option(help: "A note on the outcome.") var note: String = ""
    @Option(help: "When (default now).") var at: String?
    @Option(help: "Who closes it.") var by: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let kind = try choice(self.outcome, "--outcome", as: DisputeOutcome.Kind.self)
            let store = try await storeOptions.open()
            var record = try await loadDispute(dispute, from: store)
            let date = try ChinaInstant.option(at, "--at") ?? Date()
            do { try record.close(with: DisputeOutcome(kind: kind, at: date, note: note, agreementText: agreement), by: by) } catch {
                throw CommandFailure.rule(error)
            }
            try await saveDispute(record, to: store)
            switch output.format {
            case .json: try JSONOutput.print(record)
            case .text: print("\(dispute)：\(kind.chineseName)，\(record.currentLevel.chineseName)办结")
            }
        }
    }
}
