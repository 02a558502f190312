import ArgumentParser
import ShequImport

/// `shequ disputes import FILE`: takes many disputes in from a file.
struct DisputesImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import dispute intakes (CSV or JSON Lines): all or nothing, re-import changes nothing.",
        discussion: "Columns: id, parties (name:role;name:role), category, description, community_code, grid_code, channel, received_at, received_by, level, unit. See docs/cli/disputes.md.")

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let summary = try await DisputeIntakeImport.run(path: importOptions.file, format: importOptions.importFormat, into: store)
            switch output.format {
            case .text: print("矛盾纠纷受理: \(summary)")
            case .json: try JSONOutput.print(summary)
            }
        }
    }
}
