import ArgumentParser
import ShequCore

/// `shequ conventions review ID`: the township's or street office's review (审核).
struct ConventionsReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "Record the township or street office's review: approved, or sent back.")

    @Argument(help: "The convention's identifier.")
    var id: String
    @Option(help: "The version (default: the latest).")
    var version: Int?
    @Option(help: "The reviewing office, e.g. 弦山街道办事处.")
    var office: String
    @Option(name: .customLong("on"), help: "The day of the review.")
    var day: CivilDate
    @Flag(name: .customLong("returned"), help: "The office sent the draft back (default: approved).")
    var returned = false
    @Option(help: "The office's opinion.")
    var opinion: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let step = ConventionStep.review(TownshipReview(office: office, on: day, approved: !returned, opinion: opinion))
            let change = try await ConventionSteps.advance(id, version: version, step: step, by: office, store: try await storeOptions.open())
            try ConventionSteps.printed(change, format: output.format)
        }
    }
}
