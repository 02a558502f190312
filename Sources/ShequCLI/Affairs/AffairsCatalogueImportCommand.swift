import ArgumentParser
import ShequImport

/// `shequ affairs catalogue import FILE`: records city base catalogues and county adjustments.
struct AffairsCatalogueImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import catalogue versions (CSV or JSON Lines): all or nothing, re-import changes nothing.",
        discussion: "One row per change: division_code, division_name, level, parent_code, version, effective_from, author, reason, change (add|adjust|remove), item_id, category, title, keywords, responsible_department, note. See docs/cli/affairs.md.")

    @OptionGroup var importOptions: ImportOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let summary = try await WorkAffairsCatalogueImport.run(path: importOptions.file, format: importOptions.importFormat, into: store)
            switch output.format {
            case .text: print("工作事务指导目录: \(summary)")
            case .json: try JSONOutput.print(summary)
            }
        }
    }
}
