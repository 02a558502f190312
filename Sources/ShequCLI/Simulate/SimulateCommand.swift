import ArgumentParser
import ShequCore
import ShequHooks

/// `shequ simulate --plugin CANDIDATE --baseline IN_FORCE`: the impact of a rule change,
/// before the residents vote on it; writes nothing.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a candidate points plugin over the recorded events and report the difference from the plugin in force; writes nothing.",
        discussion: "Both plugins judge every recorded event (of --community, if given) from an empty ledger, under the convention version in force on each event's day, with the legal guard and each plugin's declared bounds. The report lists per-subject changes, totals, the distribution of changes and every event whose decisions differ."
    )

    @Option(help: ArgumentHelp("The candidate plugin folder.", valueName: "DIR"))
    var plugin: String

    @Option(help: ArgumentHelp("The plugin in force, to compare against.", valueName: "DIR"))
    var baseline: String

    @Option(help: ArgumentHelp("A JSON object merged over the candidate's config: try new amounts without copying the plugin.", valueName: "FILE"))
    var config: String?

    @Option(help: "Only events of this community.")
    var community: String?

    @Option(help: "How many changed subjects and decisions the text report lists.")
    var limit: Int = 20

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let communityID = community.map(CommunityID.init)
            let events = try await store.events(of: communityID)
            let conventions = try await store.conventions(of: communityID)
            let recordedOn = CivilDate.todayInChina
            func evaluate(_ folder: String, config: String?) async throws -> [EventEvaluation] {
                let measures = try MeasuresPluginOptions.load(folder, config: config, isolation: isolationOptions.choice)
                let reader = MeasuresFactsReader(store: store, includeCare: measures.needsCare)
                return try await measures.run(events, ledger: PointsLedger(), conventions: conventions,
                                              facts: { try await reader.facts(for: $0) }, recordedOn: recordedOn).evaluations
            }
            let report = ImpactPreview.compare(baseline: try await evaluate(baseline, config: nil),
                                               candidate: try await evaluate(plugin, config: config))
            switch output.format {
            case .json: try JSONOutput.print(report)
            case .text: print(ImpactReportText(report: report, limit: limit).text)
            }
        }
    }
}
