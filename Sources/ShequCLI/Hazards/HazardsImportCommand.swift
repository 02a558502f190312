import ArgumentParser
import ShequCore

/// `shequ hazards import`: findings of inspections from a file; findings already recorded keep their progress.
struct HazardsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import findings (inspection,community,scope,inspectors,finding,summary,place,level,unit,found_at,deadline); all or nothing, idempotent.")

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let rows = try await ServiceFileImport<HazardFindingRecordFormat>(store: store, options: importOptions)
                .read(id: { "\($0.inspection.id)/\($0.finding.id)" }, community: \.inspection.communityCode)
            var inspections: [String: HazardInspection] = [:]
            for stored in try await store.hazardInspections(community: nil) { inspections[stored.id] = stored }
            var order: [String] = []
            for row in rows {
                var inspection = inspections[row.record.inspection.id] ?? {
                    var fresh = row.record.inspection
                    fresh.communityCode = row.community
                    return fresh
                }()
                if !order.contains(inspection.id) { order.append(inspection.id) }
                if !inspection.findings.contains(where: { $0.id == row.record.finding.id }) {
                    inspection.findings.append(row.record.finding)
                }
                inspections[inspection.id] = inspection
            }
            let outcome = try await store.saveHazardInspections(order.compactMap { inspections[$0] })
            let summary = ServiceImportSummary(file: importOptions.file, records: rows.count, written: outcome.written, unchanged: outcome.unchanged)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print("导入隐患 \(summary.records) 项：更新检查 \(summary.written) 次，未变 \(summary.unchanged) 次（\(summary.file)）")
            }
        }
    }
}
