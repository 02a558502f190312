import ArgumentParser
import ShequCore

/// `shequ conventions opinions ID`: records a round of residents' opinions on the draft (征求意见).
struct ConventionsOpinionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "opinions", abstract: "Record a round of residents' opinions on a draft (征求意见).")

    @Argument(help: "The convention's identifier.")
    var id: String
    @Option(help: "The version (default: the latest).")
    var version: Int?
    @Option(help: "First day of the round.")
    var from: CivilDate
    @Option(help: "Last day of the round.")
    var through: CivilDate
    @Option(help: "How many opinions were received.")
    var received: Int
    @Option(help: "A summary of the opinions.")
    var summary: String
    @Option(help: "Who gathered them.")
    var by: String = "村（居）民委员会"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let step = ConventionStep.gatherOpinions(OpinionSolicitation(from: from, through: through, opinionsReceived: received, summary: summary))
            let change = try await ConventionSteps.advance(id, version: version, step: step, by: by, store: try await storeOptions.open())
            try ConventionSteps.printed(change, format: output.format)
        }
    }
}
