import ArgumentParser
import ShequCore
import ShequImport

/// `shequ points ingest FILE --plugin DIR`: records a file of events and judges them as it
/// reads, a batch per transaction, in memory that does not grow with the file.
struct PointsIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Record and judge a file of behaviour events as it is read, one transaction per batch.",
        discussion: "For a city's month of events: the file (JSON Lines or CSV, docs/data-formats.md) is read in batches; each batch is judged with the plugin against the ledger entries of its subjects, then its events and ledger entries are written in one transaction. Idempotent by event id: running the same file again records and applies nothing new. Events are judged in file order. An event on which the plugin fails is recorded, reported (exit 1) and stays open for `shequ points run`."
    )

    @OptionGroup var importOptions: ImportOptions
    @OptionGroup var plugin: MeasuresPluginOptions

    @Option(help: "Events per batch (one transaction each).")
    var batchSize: Int = 4096

    @Option(help: "The day the ledger entries are recorded on (default: today in China Standard Time).")
    var today: CivilDate?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() async throws {
        try await reportingFailures {
            // A batch touches few pages; a small page cache keeps peak memory from growing with the workspace.
            let store = try storeOptions.openEmbedded(
                for: "shequ points ingest", onPostgres: "shequ events import FILE --plugin DIR", pageCacheMebibytes: 16)
            let measures = try plugin.load()
            let format = importOptions.inputFormat.map { $0 == .csv ? ImportFormat.csv : .jsonLines }
            let summary = try await PointsIngest.run(file: importOptions.file, format: format, measures: measures,
                                                     store: store, batchSize: batchSize,
                                                     recordedOn: today ?? .todayInChina)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print(summary.text)
            }
            if summary.failedCount > 0 { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }
}
