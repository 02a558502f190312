import ArgumentParser
import ShequCore

/// `shequ points run --plugin DIR`: judges the recorded events not yet applied.
struct PointsRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Judge the recorded events not yet applied with a points plugin and write the ledger entries.",
        discussion: "Each event is judged under the convention version in force on the day it happened; the legal guard, the article check and the plugin's declared bounds apply to every measure. An event on which the plugin fails is reported (exit 1) and stays open; the others are written in one transaction. Running again applies only what is still open."
    )

    @OptionGroup var plugin: MeasuresPluginOptions

    @Option(help: "Only events of this community.")
    var community: String?

    @Option(help: "The day the entries are recorded on (default: today in China Standard Time).")
    var today: CivilDate?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let measures = try plugin.load()
            let summary: MeasuresRunSummary
            if storeOptions.isShared {
                var communities = community.map { [CommunityID($0)] } ?? []
                if community == nil { communities = Set(try await store.events(of: nil).map(\.community)).sorted() }
                summary = try await CommunityPointsRun.run(measures, store: store, communities: communities,
                                                           recordedOn: today ?? .todayInChina)
            } else {
                let before = try await store.ledger().entries.count
                let report = try await PointsRunner.run(measures, store: store, community: community.map(CommunityID.init),
                                                        recordedOn: today ?? .todayInChina)
                summary = MeasuresRunSummary(report, plugin: measures.bounds.plugin,
                                             entriesWritten: report.ledger.entries.count - before)
            }
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print(summary.text)
            }
            if !summary.failed.isEmpty { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }
}
