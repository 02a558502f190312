import ArgumentParser
import ShequCore

/// `shequ grids apply`: applies proposed divisions from a date; earlier divisions stay readable.
struct GridsApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply the latest proposed division of each community in scope from a date (previewing it first when needed).")

    @OptionGroup var scope: GridsScopeOptions

    @Option(help: "The proposed version (only with --community; default: the latest not yet applied).")
    var version: Int?

    @Option(help: "The date the division applies from (YYYY-MM-DD).")
    var from: String

    @Option(help: "Who applies the division (the township or street office by default).")
    var by: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Applied: Encodable {
        var community: String
        var version: Int
        var grids: Int
    }

    func run() async throws {
        try await reportingFailures {
            if version != nil && scope.community == nil { throw CommandFailure.usage("--version needs --community") }
            let store = try await storeOptions.open()
            let date = try CivilDate.option(from, "--from")!
            let members = try await scope.communities(in: store)
            let codes = members.map { $0.division.code?.rawValue ?? $0.division.id.rawValue }
            let histories = try await store.divisionHistories(communities: codes)
            var changed: [DivisionHistory] = []
            var applied: [Applied] = []
            var failures: [String] = []
            for (member, code) in zip(members, codes) {
                guard var history = histories[code],
                      let proposal = version.flatMap({ history.division(version: $0) })
                        ?? history.divisions.last(where: { $0.status != .applied }) else {
                    if scope.community != nil || version != nil { failures.append("\(code): no proposed division to apply") }
                    continue
                }
                do {
                    if proposal.status != .previewed || proposal.previewedAgainstVersion != history.latestApplied?.version {
                        _ = try history.preview(version: proposal.version)
                    }
                    try history.apply(version: proposal.version, from: date, by: by ?? member.townshipName)
                    changed.append(history)
                    applied.append(Applied(community: code, version: proposal.version, grids: proposal.grids.count))
                } catch {
                    failures.append("\(code): \(error)")
                }
            }
            try await store.save(changed)
            switch output.format {
            case .json: try JSONOutput.print(applied)
            case .text:
                for item in applied.prefix(50) { print("\(item.community)  第\(item.version)版  \(item.grids)个网格  自\(date)起施行") }
                if applied.count > 50 { print("…… 共 \(applied.count) 个社区/村") }
            }
            for failure in failures { printError("error: \(failure)") }
            if !failures.isEmpty { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }
}
