import ArgumentParser
import Foundation

/// `shequ-bench ingest`: JSON Lines events → the sample points rules → the ledger, through
/// `shequ points ingest` (a whole process each run), against the `sqlite3` tool importing
/// the same rows from CSV; and the ingest's peak resident memory at two event counts.
struct IngestBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "End-to-end ingest of behaviour events into the points ledger against sqlite3 .import of the same rows.",
        discussion: "Events are a township's generated months (弦山街道, 23 communities with the Guangshan sample rules filed). Each measured run ingests into a fresh copy of the same workspace; its ledger (counts and point sums) is checked equal to the rows the ceiling imported."
    )

    @Option(name: .customLong("months"), parsing: .upToNextOption,
            help: "Event counts to measure, as months of the township's events (peak memory is compared between the first and the last).")
    var months: [Int] = [1, 3]

    @Option(help: "Events per batch of `shequ points ingest`.")
    var batchSize = 4096

    @OptionGroup var options: BenchOptions
    @OptionGroup var workspace: BenchWorkspace

    func validate() throws {
        guard !months.isEmpty, months.allSatisfy({ $0 >= 1 && $0 <= 12 }) else {
            throw ValidationError("--months takes counts of months from 1 to 12")
        }
    }

    func run() throws {
        let setup = try IngestSetup(workspace)
        var report = BenchReport(title: "ingest: JSON Lines events → guangshan-points → ledger (SQLite)")
        var peaks: [(events: Int, bytes: Double)] = []
        for count in months {
            let events = try setup.events(months: count, workspace: workspace)
            let database = setup.directory + "/run.sqlite"
            let ceilingDatabase = setup.directory + "/ceiling.sqlite"
            var ingestSeconds: [Double] = [], ceilingSeconds: [Double] = [], residentBytes: [Double] = []
            var ceiling: IngestCeiling?
            var expected: LedgerTotals?
            var summary: [String: Any] = [:]
            for run in 0..<(options.warmup + options.runs) {
                try BenchWorkspace.copyWorkspace(setup.template, to: database)
                let outcome = try workspace.shequ([
                    "points", "ingest", events, "--plugin", IngestSetup.plugin, "--today", "2026-01-05",
                    "--batch-size", "\(batchSize)", "--format", "json",
                ], store: database, peakMemory: true)
                summary = (try JSONSerialization.jsonObject(with: outcome.output) as? [String: Any]) ?? [:]
                let totals = try LedgerTotals(of: database)
                if ceiling == nil {
                    ceiling = try IngestCeiling(exportingFrom: database, into: setup.directory)
                    expected = totals
                }
                guard totals == expected else {
                    throw ValidationError("run \(run + 1) wrote \(totals), the first run \(expected!)")
                }
                let ceilingTime = try ceiling!.run(database: ceilingDatabase)
                let imported = try LedgerTotals(of: ceilingDatabase)
                guard imported == totals else {
                    throw ValidationError("the ceiling imported \(imported), the ingest wrote \(totals)")
                }
                guard run >= options.warmup else { continue }
                ingestSeconds.append(outcome.seconds)
                ceilingSeconds.append(ceilingTime)
                residentBytes.append(Double(outcome.peakResidentBytes))
            }
            let totals = expected!
            let ceilingFigure = BenchFigure(name: "sqlite3 .import of the same rows (ceiling), \(count) month(s)",
                                            measurement: Measurement(seconds: ceilingSeconds),
                                            work: Double(totals.events), workUnit: "events")
            let ingestFigure = BenchFigure(name: "shequ points ingest, \(count) month(s)",
                                           measurement: Measurement(seconds: ingestSeconds),
                                           work: Double(totals.events), workUnit: "events")
            report.figures.append(ingestFigure.compared(to: ceilingFigure, target: 0.5))
            report.figures.append(ceilingFigure)
            let peak = Measurement.percentile(0.5, of: residentBytes)
            peaks.append((totals.events, peak))
            report.notes.append("\(count) month(s): \(totals); judged \(summary["judged"] ?? "?"), refused \(summary["refusedCount"] ?? summary["refused_count"] ?? "?"), failed \(summary["failedCount"] ?? summary["failed_count"] ?? "?"); ceiling rows equal")
            report.notes.append(String(format: "%d month(s): peak resident memory of shequ %.1f MiB (median; %.1f–%.1f)", count,
                                       peak / 1_048_576, (residentBytes.min() ?? 0) / 1_048_576, (residentBytes.max() ?? 0) / 1_048_576))
        }
        if let first = peaks.first, let last = peaks.last, peaks.count > 1 {
            report.notes.append(String(format: "peak memory %.2f× for %.1f× the events (target: independent of the event count)",
                                       last.bytes / first.bytes, Double(last.events) / Double(first.events)))
        }
        try report.print(json: options.json)
    }
}
