import ArgumentParser
import ShequCore
import ShequImport

/// `shequ facilities import`: reads a facilities file, checks it whole and stores it in one transaction.
struct FacilitiesImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import facilities (id,community,name,kind,area,tenure,in_service,building) from CSV or JSON Lines; all or nothing.")

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Summary: Encodable {
        var file: String
        var facilities: Int
        var written: Int
        var unchanged: Int
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let path = importOptions.file
            let facilities = try await ServiceFileImport<FacilityRecordFormat>(store: store, options: importOptions)
                .read(id: \.id, community: \.communityCode)
                .map { row in
                    var stored = row.record
                    stored.communityCode = row.community
                    return stored
                }
            let outcome = try await store.saveFacilities(facilities)
            let summary = Summary(file: path, facilities: facilities.count, written: outcome.written, unchanged: outcome.unchanged)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print("导入设施 \(summary.facilities) 处：新增或更新 \(summary.written) 处，未变 \(summary.unchanged) 处（\(path)）")
            }
        }
    }
}
