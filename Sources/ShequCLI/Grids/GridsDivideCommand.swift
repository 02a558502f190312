import ArgumentParser
import Foundation
import ShequCore
import ShequHooks

/// `shequ grids divide`: divides communities into grids, validates every division and
/// stores it as a proposal, or applies it at once with `--apply --from DATE`.
struct GridsDivideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "divide",
        abstract: "Divide communities into grids with the built-in division or county plugins, and validate every division.",
        discussion: """
            A plugin given with --plugin divides the communities of the county its manifest names \
            (every county when it names none); other counties use the built-in division. Every \
            division is validated; failures name the community, the households and the grids. \
            Without --apply the divisions are stored as proposals (see `grids preview`); with \
            --apply --from DATE they are applied from that date. Exits 1 when any community fails.
            """)

    @OptionGroup var scope: GridsScopeOptions

    @Option(name: .customLong("plugin"), help: "A division plugin folder; may be repeated, one per county.")
    var plugins: [String] = []

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @Option(help: "Households per grid the division aims at (overrides the plugin's or built-in value).")
    var target: Int?

    @Option(name: .customLong("min"), help: "Fewest households in a basic grid.")
    var minimum: Int?

    @Option(name: .customLong("max"), help: "Most households in a basic grid.")
    var maximum: Int?

    @Flag(help: "Apply the divisions (needs --from).")
    var apply = false

    @Option(help: "The date the divisions apply from (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Who proposes and applies the divisions (the township or street office by default).")
    var by: String?

    @Flag(help: "Compute and validate only; store nothing.")
    var dryRun = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if apply && from == nil { throw ValidationError("--apply needs --from DATE") }
        if apply && dryRun { throw ValidationError("--apply and --dry-run exclude each other") }
        let given = [target, minimum, maximum].compactMap { $0 }
        if !given.isEmpty && given.count != 3 { throw ValidationError("give --target, --min and --max together") }
        if given.contains(where: { $0 <= 0 }) { throw ValidationError("--target, --min and --max must be positive") }
    }

    func run() async throws {
        try await reportingFailures {
            let started = Date()
            let store = try await storeOptions.open()
            let date = try CivilDate.option(from, "--from") ?? CivilDate.today()
            let parameters = target.map {
                DivisionParameters(targetHouseholds: $0, minHouseholds: minimum!, maxHouseholds: maximum!, splitsOversizedUnits: true)
            }
            let plan = try GridsDivisionPlan(pluginFolders: plugins, parameters: parameters, isolation: isolationOptions.choice)
            let members = try await scope.communities(in: store)
            guard !members.isEmpty else { throw CommandFailure.rule("no community in scope: import or generate divisions first") }
            let results = try await plan.divide(members, store: store)
            let divided = Date()

            var histories: [DivisionHistory] = []
            var failures: [String] = []
            if !dryRun {
                let existing = try await store.divisionHistories(communities: results.map(\.outcome.community.communityCode))
                for result in results {
                    guard case .success(let division) = result.outcome.result else { continue }
                    var history = existing[division.communityCode] ?? DivisionHistory(communityCode: division.communityCode)
                    let who = by ?? result.member.townshipName
                    do {
                        let version = try history.propose(division, on: date, by: who)
                        if apply {
                            _ = try history.preview(version: version)
                            try history.apply(version: version, from: date, by: who)
                        }
                        histories.append(history)
                    } catch {
                        failures.append("\(division.communityCode): \(error)")
                    }
                }
                try await store.save(histories)
            }
            let summary = GridsSummary(results: results, stored: dryRun ? nil : (apply ? "applied" : "proposed"),
                                       seconds: divided.timeIntervalSince(started), storeFailures: failures)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: summary.printText()
            }
            if summary.failed > 0 || !failures.isEmpty { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }

    @OptionGroup var storeOptions: StoreOptions
}
