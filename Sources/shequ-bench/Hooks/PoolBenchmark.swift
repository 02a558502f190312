import ArgumentParser
import Foundation
import ShequHooks
import ShequLua

/// `shequ-bench pool`: throughput of the plugin pool with two workers over one, same events.
struct PoolBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool",
        abstract: "Measures the state pool: events per second with 2 workers (states, cores) over 1.",
        discussion: "Both pools evaluate the same month of events through MeasuresEvaluator; results are checked equal. The parallel pool also runs under process isolation (one shequ-plugin-worker process per worker), with the same check."
    )

    @OptionGroup var options: BenchOptions
    @OptionGroup var workloadOptions: HookWorkloadOptions

    @Option(help: "Workers of the parallel pool.")
    var workers = 2

    func run() async throws {
        let workload = try workloadOptions.load()
        let items = workload.items
        let one = try MeasuresEvaluator(plugin: workload.plugin, workers: 1)
        let many = try MeasuresEvaluator(plugin: workload.plugin, workers: workers)
        let isolated = try MeasuresEvaluator(plugin: workload.plugin, workers: workers, isolation: .process())
        let oneResults = await one.evaluate(items)
        let equal = await many.evaluate(items) == oneResults
        let isolatedEqual = await isolated.evaluate(items) == oneResults

        var oneSeconds: [Double] = []
        var manySeconds: [Double] = []
        var isolatedSeconds: [Double] = []
        for round in 0..<(options.warmup + options.runs) {
            let oneRun = await Measurement.take(runs: 1, warmup: 0) { _ = await one.evaluate(items) }
            let manyRun = await Measurement.take(runs: 1, warmup: 0) { _ = await many.evaluate(items) }
            let isolatedRun = await Measurement.take(runs: 1, warmup: 0) { _ = await isolated.evaluate(items) }
            guard round >= options.warmup else { continue }
            oneSeconds += oneRun.seconds
            manySeconds += manyRun.seconds
            isolatedSeconds += isolatedRun.seconds
        }
        let work = Double(items.count)
        let oneFigure = BenchFigure(name: "pool, 1 worker", measurement: Measurement(seconds: oneSeconds), work: work, workUnit: "events")
        let manyFigure = BenchFigure(name: "pool, \(workers) workers", measurement: Measurement(seconds: manySeconds), work: work, workUnit: "events")
            .compared(to: oneFigure, target: 1.8)
        let isolatedFigure = BenchFigure(name: "pool, \(workers) workers, process isolation", measurement: Measurement(seconds: isolatedSeconds),
                                         work: work, workUnit: "events").compared(to: manyFigure)
        var report = BenchReport(title: "State pool: \(workload.plugin.manifest.id), \(items.count) events, \(ProcessInfo.processInfo.activeProcessorCount) cores",
                                 figures: [manyFigure, isolatedFigure, oneFigure])
        report.notes = [
            "check: \(equal ? "equal" : "DIFFERENT") results with \(workers) workers and with 1",
            "check: \(isolatedEqual ? "equal" : "DIFFERENT") results under process isolation; wall time \(String(format: "%.2f", isolatedFigure.measurement.median / manyFigure.measurement.median))x in-process with \(workers) workers (target at most 1.5x)",
        ]
        try report.print(json: options.json)
        if !equal || !isolatedEqual { throw ExitCode.failure }
    }
}
