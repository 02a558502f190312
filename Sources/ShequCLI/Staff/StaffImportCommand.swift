import ArgumentParser
import ShequCore

/// `shequ staff import`: community workers and their hiring from a file; careers already recorded are kept.
struct StaffImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import community workers (worker,community,position,level,route,hired_at); all or nothing, idempotent by worker.")

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let rows = try await ServiceFileImport<CommunityWorkerRecordFormat>(store: store, options: importOptions)
                .read(id: \.workerID, community: \.communityCode)
            let known = Set(try await store.communityWorkerCareers(community: nil).map(\.workerID))
            let fresh = rows.filter { !known.contains($0.record.workerID) }.map { row in
                var career = row.record
                career.communityCode = row.community
                return career
            }
            let outcome = try await store.saveCommunityWorkerCareers(fresh)
            let summary = ServiceImportSummary(file: importOptions.file, records: rows.count, written: outcome.written,
                                               unchanged: rows.count - outcome.written)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print("导入社区工作者 \(summary.records) 名：新增 \(summary.written) 名，已有 \(summary.unchanged) 名（\(summary.file)）")
            }
        }
    }
}
