import ArgumentParser
import ShequCore

/// `shequ emergencies import`: incidents from a file; an incident already recorded keeps its timeline.
struct EmergenciesImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import incidents (id,source,reference,category,kind,severity,community,address,reported_at); all or nothing, idempotent by id.")

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let rows = try await ServiceFileImport<EmergencyIncidentRecordFormat>(store: store, options: importOptions)
                .read(id: \.id, community: \.place.communityCode)
            let known = Set(try await store.incidents(community: nil).map(\.id))
            let fresh = rows.filter { !known.contains($0.record.id) }.map { row in
                var incident = row.record
                incident.place.communityCode = row.community
                return incident
            }
            let outcome = try await store.saveIncidents(fresh)
            let summary = ServiceImportSummary(file: importOptions.file, records: rows.count, written: outcome.written,
                                               unchanged: rows.count - outcome.written)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print("导入事件 \(summary.records) 起：新增 \(summary.written) 起，已有 \(summary.unchanged) 起（\(summary.file)）")
            }
        }
    }
}
