import ShequCore
import ShequImport

/// Runs one import with a progress bar and prints its summary.
enum ImportRunner {
    static func run(
        label: String, options: ImportOptions, store storeOptions: StoreOptions, output: OutputOptions,
        _ body: (Importer, String, ImportFormat?) async throws -> ImportSummary
    ) async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let bar = ProgressBar(label: label, unit: "records")
            let importer = Importer(store: store, progress: bar.reporter)
            let format = options.inputFormat.map { $0 == .csv ? ImportFormat.csv : .jsonLines }
            let summary: ImportSummary
            do {
                summary = try await body(importer, options.file, format)
                bar.finish()
            } catch {
                bar.finish()
                throw error
            }
            switch output.format {
            case .text: print("\(label): \(summary)")
            case .json: try JSONOutput.print(summary)
            }
        }
    }
}
