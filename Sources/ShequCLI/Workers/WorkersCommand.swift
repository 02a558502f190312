import ArgumentParser
import ShequCore

/// `shequ workers COMMUNITY`: the community and grid workers of a community (Art. 39).
struct WorkersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workers", abstract: "List the community workers and grid workers of a community (Art. 39).")

    @Argument(help: "Code, identity or unique name of the community.")
    var community: String

    @Flag(help: "Show full phone numbers instead of masked ones.")
    var revealIdentifiers = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let division = try await DivisionResolver(store: store).resolve(community)
            let workers = try await store.workers(in: division.id, disclosure: revealIdentifiers ? .identifiers : [])
            switch output.format {
            case .json: try JSONOutput.print(workers)
            case .text:
                for worker in workers {
                    let grid = worker.grid.map { "  \($0)" } ?? ""
                    print("\(worker.id)  \(worker.name)  \(worker.role.chineseName)（\(worker.employment.chineseName)）  \(worker.phone ?? "-")\(grid)")
                }
            }
        }
    }
}
