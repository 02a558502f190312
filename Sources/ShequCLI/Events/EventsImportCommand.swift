import ArgumentParser
import ShequCore
import ShequImport

/// `shequ events import FILE [--plugin DIR]`: records a file of events, all or nothing, and
/// optionally judges them with a points plugin right away.
struct EventsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record behaviour events from a JSON Lines or CSV file (all or nothing; re-importing changes nothing).",
        discussion: "The file format is in docs/data-formats.md. With --plugin, the events not yet applied are judged right after and the ledger entries written, as `shequ points run` does."
    )

    @OptionGroup var importOptions: ImportOptions

    @Option(help: ArgumentHelp("Also judge the events with this points plugin folder.", valueName: "DIR"))
    var plugin: String?

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @Option(help: "The day the ledger entries are recorded on (default: today in China Standard Time).")
    var today: CivilDate?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Summary: Encodable {
        var file: String
        var read: Int
        var written: Int
        var unchanged: Int
        var points: MeasuresRunSummary?
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let format = importOptions.inputFormat.map { $0 == .csv ? ImportFormat.csv : .jsonLines }
            let events = try BehaviourEventFile.read(path: importOptions.file, format: format)
            let firstByCommunity = Dictionary(events.map { ($0.community.rawValue, $0.id) }, uniquingKeysWith: { first, _ in first })
            try await KnownCommunities.check(Set(firstByCommunity.keys), in: store) {
                "\(importOptions.file): event '\(firstByCommunity[$0] ?? "")' field community"
            }
            let measures = try plugin.map { try MeasuresPluginOptions.load($0, isolation: isolationOptions.choice) }
            let recorded: EventRecordSummary
            do { recorded = try await store.record(events) } catch let error as EventStoreError {
                throw CommandFailure.rule("\(importOptions.file): \(error)")
            }
            var summary = Summary(file: importOptions.file, read: events.count, written: recorded.written,
                                  unchanged: recorded.unchanged)
            if let measures, storeOptions.isShared {
                summary.points = try await CommunityPointsRun.run(
                    measures, store: store, communities: Set(events.map(\.community)).sorted(), recordedOn: today ?? .todayInChina)
            } else if let measures {
                let before = try await store.ledger().entries.count
                let report = try await PointsRunner.run(measures, store: store, community: nil,
                                                        recordedOn: today ?? .todayInChina)
                summary.points = MeasuresRunSummary(report, plugin: measures.bounds.plugin,
                                                    entriesWritten: report.ledger.entries.count - before)
            }
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text:
                print("\(importOptions.file)：读取事件\(summary.read)件，新记录\(summary.written)件，已有未变\(summary.unchanged)件")
                if let points = summary.points { print(points.text) }
            }
            if let failed = summary.points?.failed, !failed.isEmpty { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }
}
