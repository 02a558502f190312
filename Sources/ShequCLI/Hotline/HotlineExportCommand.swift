import ArgumentParser
import Foundation
import ShequCore
import ShequImport

/// `shequ hotline export`: work orders for another system (综治, 信访, 网信, 司法) with the
/// fields and masking the domain defines for it, or all fields (`open311`) for re-import.
struct HotlineExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export work orders for comprehensiveGovernance, petitions, cyberspace or justice (masked per system), or open311 (re-importable CSV).")

    @Option(help: "The receiving system: open311, \(HotlineExportTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
    var target: String

    @Option(help: "The CSV file to write; without it JSON goes to standard output.")
    var output: String?

    @Option(help: "Service-code prefixes of legal matters shared with justice, comma-separated.")
    var legalPrefixes: String = "08"

    @OptionGroup var period: HotlinePeriodOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let requests = try await store.hotlineRequests(period.filter())
            if target == "open311" {
                if let output {
                    try HotlineRequestFile.writeCSV(requests, to: output)
                    printError("导出工单 \(requests.count) 件到 \(output)")
                } else {
                    try JSONOutput.print(requests.map { Open311ServiceRequest($0) })
                }
                return
            }
            guard let system = HotlineExportTarget(rawValue: target) ?? HotlineExportTarget(chineseName: target) else {
                throw CommandFailure.usage("--target \(target): use open311 or one of \(HotlineExportTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let exporter = HotlineExporter(legalServiceCodePrefixes: legalPrefixes.split(separator: ",").map(String.init))
            let table = exporter.table(for: system, from: requests)
            if let output {
                try ServiceTableFile.writeCSV(table, to: output)
                printError("导出\(system.chineseName)共享数据 \(table.rows.count) 条到 \(output)")
            } else {
                try JSONOutput.print(exporter.records(for: system, from: requests))
            }
        }
    }
}
