import ArgumentParser
import Foundation
import ShequCore
import ShequImport

/// `shequ hotline import`: reads a file of work orders (Open311 field names), checks it whole
/// and stores it in one transaction; importing the same file again changes nothing.
struct HotlineImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import 12345 work orders from CSV or JSON Lines (Open311 field names); all or nothing, idempotent by service_request_id.")

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Summary: Encodable {
        var file: String
        var requests: Int
        var written: Int
        var unchanged: Int
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let path = importOptions.file
            let numbered = try HotlineRequestFile.read(path: path, format: importOptions.inputFormat.flatMap { ImportFormat(rawValue: $0.rawValue) })
            let requests = try await ServiceCommunities(store: store).normalise(numbered, file: path)
            let outcome = try await store.saveHotlineRequests(requests)
            let summary = Summary(file: path, requests: requests.count, written: outcome.written, unchanged: outcome.unchanged)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print("导入工单 \(summary.requests) 件：新增或更新 \(summary.written) 件，未变 \(summary.unchanged) 件（\(path)）")
            }
        }
    }
}
