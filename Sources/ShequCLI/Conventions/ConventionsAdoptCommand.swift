import ArgumentParser
import ShequCore

/// `shequ conventions adopt ID`: the residents' or villagers' meeting's vote (表决).
struct ConventionsAdoptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Record the residents' (villagers') meeting's vote; adopted only with quorum and a majority of those present.")

    @Argument(help: "The convention's identifier.")
    var id: String
    @Option(help: "The version (default: the latest).")
    var version: Int?
    @Option(help: "The meeting: \(MeetingBody.allCases.map(\.rawValue).joined(separator: ", ")).")
    var body: MeetingBody
    @Option(help: "The day it was held.")
    var held: CivilDate
    @Option(help: "How many were eligible to attend.")
    var eligible: Int
    @Option(help: "How many were present.")
    var present: Int
    @Option(name: .customLong("for"), help: "Votes for.")
    var votesFor: Int
    @Option(help: "Votes against.")
    var against: Int
    @Option(help: "Abstentions.")
    var abstained: Int
    @Option(name: .customLong("women-present"), help: "How many women were present.")
    var womenPresent: Int

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let vote = MeetingVote(body: body, held: held, eligible: eligible, present: present, votesFor: votesFor,
                                   against: against, abstained: abstained, womenPresent: womenPresent)
            let change = try await ConventionSteps.advance(id, version: version, step: .vote(vote), by: body.chineseName,
                                                           store: try await storeOptions.open())
            try ConventionSteps.printed(change, format: output.format)
        }
    }
}
