import ArgumentParser
import ShequCore

/// `shequ points explain SUBJECT`: every entry with its reason, rule and legal basis.
struct PointsExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a resident's or household's points: every entry with its reason, convention article and legal basis."
    )

    @Argument(help: ArgumentHelp("resident:ID or household:ID.", valueName: "SUBJECT"))
    var subject: PointsSubject

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let ledger = try await store.ledger()
            let explanation = ledger.explain(subject, conventions: try await store.conventions(of: nil))
            switch output.format {
            case .json: try JSONOutput.print(explanation)
            case .text: print(explanation.text)
            }
        }
    }
}
