import ArgumentParser
import ShequCore

/// `shequ grids preview`: what a proposed division changes against the one in force.
struct GridsPreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show what a proposed division changes: grids added, removed, resized, and households that move.")

    @Option(help: "The community: its code, identity or unique name.")
    var community: String

    @Option(help: "The proposed version (default: the latest not yet applied).")
    var version: Int?

    @Option(help: "How many household moves to list in text output.")
    var moves = 20

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let division = try await DivisionResolver(store: store).resolve(community)
            let code = division.code?.rawValue ?? division.id.rawValue
            guard var history = try await store.divisionHistory(community: code) else {
                throw CommandFailure.rule("\(division.name) (\(code)) has no division yet: propose one with `shequ grids divide --community \(code)`")
            }
            guard let chosen = version ?? history.divisions.last(where: { $0.status != .applied })?.version else {
                throw CommandFailure.rule("\(division.name) (\(code)) has no proposed division: propose one with `shequ grids divide --community \(code)`")
            }
            let diff: DivisionDiff
            do { diff = try history.preview(version: chosen) } catch { throw CommandFailure.rule(error) }
            try await store.save([history])
            switch output.format {
            case .json: try JSONOutput.print(diff)
            case .text:
                print("\(division.name)（\(code)）划分方案第\(chosen)版 对比 \(diff.fromVersion.map { "第\($0)版" } ?? "无现行划分")")
                print(diff.summary)
                for grid in diff.added { print("  + \(grid.code)  \(grid.name)  \(grid.households)户") }
                for grid in diff.removed { print("  - \(grid.code)  \(grid.name)  \(grid.households)户") }
                for grid in diff.resized { print("  ~ \(grid.code)  \(grid.name)  \(grid.fromHouseholds)户 → \(grid.toHouseholds)户") }
                for move in diff.moves.prefix(moves) {
                    print("  户 \(move.householdID): \(move.from?.rawValue ?? "无") → \(move.to?.rawValue ?? "无")")
                }
                if diff.moves.count > moves { print("  …… 另有 \(diff.moves.count - moves) 户变动") }
                print("施行: shequ grids apply --community \(code) --version \(chosen) --from YYYY-MM-DD")
            }
        }
    }
}
