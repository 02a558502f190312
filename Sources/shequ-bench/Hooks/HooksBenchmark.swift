import ArgumentParser
import Foundation
import ShequCore
import ShequHooks
import ShequLua

/// `shequ-bench hooks`: measures per second of the sample points plugin through the SDK's
/// public API against a bare C host calling the same Lua function on the same events.
struct HooksBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Measures hook evaluation through the SDK (one core) against a bare C host on the same events.",
        discussion: "Both hosts evaluate the same pre-decoded month of events with the same plugin; their per-subject counts and points are checked equal. The SDK also runs under process isolation (the state in a shequ-plugin-worker process), checked to give equal results. Also prints p50/p99 latency per call and the memory of one sandboxed state."
    )

    @OptionGroup var options: BenchOptions
    @OptionGroup var workloadOptions: HookWorkloadOptions

    @Option(help: "Single-event calls timed for the latency percentiles.")
    var latencyCalls = 2000

    @Option(help: "Only run one host's batch evaluation --runs times, without figures (sdk, isolated, bare or limited): for a profiler such as valgrind --tool=callgrind.")
    var only: String?

    func run() async throws {
        let workload = try workloadOptions.load()
        let items = workload.items
        let evaluator = try MeasuresEvaluator(plugin: workload.plugin, workers: 1)
        let isolatedEvaluator = try MeasuresEvaluator(plugin: workload.plugin, workers: 1, isolation: .process())
        let baseline = try BaselineHost(plugin: workload.plugin, workload: workload)
        // The same bare host with only the limits every sandboxed state must keep: what of the gap they explain.
        let limited = try BaselineHost(plugin: workload.plugin, workload: workload, limited: true)
        switch only {
        case "sdk":
            for _ in 0..<options.runs { _ = await evaluator.evaluate(items) }
            return
        case "isolated":
            for _ in 0..<options.runs { _ = await isolatedEvaluator.evaluate(items) }
            return
        case "bare":
            for _ in 0..<options.runs { _ = baseline.run() }
            return
        case "limited":
            for _ in 0..<options.runs { _ = limited.run() }
            return
        case nil: break
        case let other?: throw ValidationError("--only \(other): write sdk, isolated, bare or limited")
        }

        // Outputs first, outside timing: both hosts must agree on every subject.
        let sdkResults = await evaluator.evaluate(items)
        let sdk = HookWorkload.totals(sdk: sdkResults, items: items)
        // Process isolation must give the very same results, event by event.
        let isolatedEqual = await isolatedEvaluator.evaluate(items) == sdkResults
        let bare = baseline.run()
        let bareTotals = BaselineHost.totals(bare.results, items: items)
        let limitedRun = limited.run()
        let equal = sdk.totals == bareTotals && sdk.failures == bare.failures
            && BaselineHost.totals(limitedRun.results, items: items) == bareTotals && limitedRun.failures == bare.failures
        let measures = sdk.totals.values.reduce(0) { $0 + $1.measures }
        let awarded = sdk.totals.values.reduce(0) { $0 + $1.awarded }
        let deducted = sdk.totals.values.reduce(0) { $0 + $1.deducted }

        // The one-call-per-event path (invoke with Codable input and the whole ctx each time),
        // kept as a figure to show what batching and the shared convention bring.
        let single = evaluator.pool.instances[0]
        let singleCheck = await Self.evaluateOneByOne(items, on: single)
        let singleEqual = singleCheck == (await evaluator.evaluate(items))

        // Interleaved runs, so both hosts see the same machine load.
        // The SDK's call alone: PluginCalls built before timing, results left as LuaValue.
        let prepared = try Self.preparedCalls(items)
        let instance = evaluator.pool.instances[0]
        var preparedCPU: [Double] = []

        // CPU time beside wall time: on this shared machine the wall clock also counts waits for a core.
        var sdkSeconds: [Double] = []
        var isolatedSeconds: [Double] = []
        var bareSeconds: [Double] = []
        var singleSeconds: [Double] = []
        var sdkCPU: [Double] = []
        var bareCPU: [Double] = []
        var limitedCPU: [Double] = []
        for round in 0..<(options.warmup + options.runs) {
            var sdkRun = Measurement(seconds: [])
            var bareRun = Measurement(seconds: [])
            let sdkUsed = await ProcessCPUClock.measure { sdkRun = await Measurement.take(runs: 1, warmup: 0) { _ = await evaluator.evaluate(items) } }
            let isolatedRun = await Measurement.take(runs: 1, warmup: 0) { _ = await isolatedEvaluator.evaluate(items) }
            let bareUsed = await ProcessCPUClock.measure { bareRun = Measurement.take(runs: 1, warmup: 0) { _ = baseline.run() } }
            let limitedUsed = await ProcessCPUClock.measure { _ = limited.run() }
            let preparedUsed = await ProcessCPUClock.measure {
                for start in stride(from: 0, to: prepared.count, by: 512) {
                    _ = await instance.invokeBatch(hook: MeasuresHook.name, calls: Array(prepared[start..<min(prepared.count, start + 512)]))
                }
            }
            let singleRun = await Measurement.take(runs: 1, warmup: 0) { _ = await Self.evaluateOneByOne(items, on: single) }
            guard round >= options.warmup else { continue }
            sdkSeconds += sdkRun.seconds
            isolatedSeconds += isolatedRun.seconds
            bareSeconds += bareRun.seconds
            singleSeconds += singleRun.seconds
            sdkCPU.append(sdkUsed)
            bareCPU.append(bareUsed)
            limitedCPU.append(limitedUsed)
            preparedCPU.append(preparedUsed)
        }
        let work = Double(items.count)
        let bareFigure = BenchFigure(name: "bare C host, Lua C API (ceiling)", measurement: Measurement(seconds: bareSeconds),
                                     work: work, workUnit: "events")
        let sdkFigure = BenchFigure(name: "SDK MeasuresEvaluator, 1 worker", measurement: Measurement(seconds: sdkSeconds),
                                    work: work, workUnit: "events").compared(to: bareFigure, target: 0.8)
        // The same evaluator with its state in a worker process: wall time, the worker's CPU is not the host's.
        let isolatedFigure = BenchFigure(name: "SDK MeasuresEvaluator, 1 worker, process isolation", measurement: Measurement(seconds: isolatedSeconds),
                                         work: work, workUnit: "events").compared(to: sdkFigure)

        // Latency of one call: the SDK's one-event evaluation, the bare host's one pcall.
        let sample = Array(items.prefix(latencyCalls))
        var sdkLatencies: [Double] = []
        sdkLatencies.reserveCapacity(sample.count)
        for item in sample {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = await evaluator.evaluate([item])
            sdkLatencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        var bareNanoseconds = [UInt64](repeating: 0, count: sample.count)
        _ = bareNanoseconds.withUnsafeMutableBufferPointer { baseline.run(latencies: $0.baseAddress, limit: sample.count) }
        let bareLatencies = bareNanoseconds.map { Double($0) / 1e9 }

        let stateMemory = await evaluator.pool.instances[0].memoryUsed
        let bareCPUFigure = BenchFigure(name: "bare C host, CPU time", measurement: Measurement(seconds: bareCPU),
                                        work: work, workUnit: "events")
        let sdkCPUFigure = BenchFigure(name: "SDK MeasuresEvaluator, CPU time", measurement: Measurement(seconds: sdkCPU),
                                       work: work, workUnit: "events").compared(to: bareCPUFigure, target: 0.8)
        let limitedFigure = BenchFigure(name: "bare C host with the sandbox's limits, CPU time", measurement: Measurement(seconds: limitedCPU),
                                        work: work, workUnit: "events").compared(to: bareCPUFigure)
        let preparedFigure = BenchFigure(name: "SDK invokeBatch on prepared calls, CPU time", measurement: Measurement(seconds: preparedCPU),
                                         work: work, workUnit: "events").compared(to: bareCPUFigure)
        let singleFigure = BenchFigure(name: "SDK invoke, one call per event", measurement: Measurement(seconds: singleSeconds),
                                       work: work, workUnit: "events").compared(to: bareFigure)
        var report = BenchReport(title: "Hook evaluation: \(workload.plugin.manifest.id), \(items.count) events of \(HookWorkload.year)-\(String(format: "%02d", HookWorkload.month)) in \(workload.communities) communities",
                                 figures: [sdkFigure, isolatedFigure, singleFigure, bareFigure, sdkCPUFigure, preparedFigure, limitedFigure, bareCPUFigure])
        report.notes = [
            "check: \(equal ? "equal" : "DIFFERENT") — \(sdk.totals.count) subjects, \(measures) measures, \(awarded) points awarded, \(deducted) deducted, \(sdk.failures) failed calls (bare host, with and without the limits: \(bareTotals.count) subjects, \(bare.failures) failed)",
            "check: process isolation gives \(isolatedEqual ? "equal" : "DIFFERENT") results; wall time \(String(format: "%.2f", isolatedFigure.measurement.median / sdkFigure.measurement.median))x in-process (target at most 1.5x)",
            "check: one call per event gives \(singleEqual ? "equal" : "DIFFERENT") results",
            "latency per call, SDK (one-event evaluate): p50 \(BenchReport.duration(Measurement.percentile(0.5, of: sdkLatencies))), p99 \(BenchReport.duration(Measurement.percentile(0.99, of: sdkLatencies))) over \(sample.count) calls",
            "latency per call, bare C host (one lua_pcall): p50 \(BenchReport.duration(Measurement.percentile(0.5, of: bareLatencies))), p99 \(BenchReport.duration(Measurement.percentile(0.99, of: bareLatencies)))",
            "memory per sandboxed state after the run: \(stateMemory / 1024) KiB (bare C state: \(baseline.memoryUsed / 1024) KiB)",
        ]
        try report.print(json: options.json)
        if !equal || !singleEqual || !isolatedEqual { throw ExitCode.failure }
    }

    /// The calls ``MeasuresEvaluator`` makes, built with public API: the event's table, `ctx.subject`
    /// as the call's own field and the convention as a shared field, one value per version.
    static func preparedCalls(_ items: [(event: BehaviourEvent, context: MeasuresContext)]) throws -> [PluginCall] {
        var version: ConventionVersion?
        var convention: LuaValue?
        return try items.map { event, context in
            if context.version != version {
                version = context.version
                convention = try version.map { try LuaEncoder().encode($0.hookContext) }
            }
            var subject = LuaTable()
            if let age = context.facts.age { subject["age"] = .integer(Int64(age)) }
            if let size = context.facts.householdSize { subject["household_size"] = .integer(Int64(size)) }
            return PluginCall(input: event.hookInput, context: LuaTable(fields: ["subject": .table(subject)]),
                              sharedContext: convention.map { ["convention": $0] } ?? [:])
        }
    }

    /// Each event on its own through ``PluginInstance/invoke(hook:input:context:randomSeed:)``:
    /// the input through ``LuaEncoder``, the whole `ctx` (convention text included) every time.
    static func evaluateOneByOne(_ items: [(event: BehaviourEvent, context: MeasuresContext)], on instance: PluginInstance) async -> [PluginResult] {
        var results: [PluginResult] = []
        results.reserveCapacity(items.count)
        let pluginID = instance.plugin.manifest.id
        for (event, context) in items {
            do {
                let input = try LuaEncoder().encode(event)
                let output = try await instance.invoke(hook: MeasuresHook.name, input: input, context: context.luaValue)
                results.append(.measures(try MeasuresHook.proposals(from: output, pluginID: pluginID)))
            } catch {
                results.append(.failed(String(describing: error)))
            }
        }
        return results
    }
}

/// Which plugin and how many events the hook benchmarks use.
struct HookWorkloadOptions: ParsableArguments {
    @Option(help: "The plugin folder (run from the package root, or give its path).")
    var plugin = "Plugins/guangshan-points"

    @Option(help: "Generated communities whose month of events is evaluated.")
    var communities = 6

    @Option(help: "Seed of the population and event generators.")
    var seed: UInt64 = 1

    func validate() throws {
        guard communities >= 1 else { throw ValidationError("--communities must be at least 1") }
    }

    func load() throws -> HookWorkload {
        try HookWorkload(pluginFolder: plugin, communities: communities, seed: seed)
    }
}
