import ShequCore
import ShequLua

/// Runs a plugin's `measures` hook over many events on a ``PluginPool``, each event with
/// its own `ctx`, and returns what the plugin gave for each, in input order.
///
/// A plugin error on one event becomes ``PluginResult/failed(_:)`` for that event only;
/// the other events are evaluated as usual. Evaluation is deterministic: the same event
/// and context always give the same result, whichever worker runs it.
///
/// ```swift
/// let evaluator = try MeasuresEvaluator(plugin: plugin)
/// let results = await evaluator.evaluate([(event, MeasuresContext(version: v1, facts: facts))])
/// ```
public struct MeasuresEvaluator: Sendable {
    /// The pool of plugin instances.
    public let pool: PluginPool

    /// Creates a pool of `workers` instances of a plugin that has the `measures` hook, in
    /// process unless `isolation` says otherwise (``PluginIsolation/process(_:)`` runs each
    /// instance's Lua state in a worker process; results are the same).
    ///
    /// - Throws: ``PluginError`` of kind `.unknownHook` when the plugin has no `measures` hook.
    public init(plugin: Plugin, workers: Int = 2, isolation: PluginIsolation = .inProcess) throws(PluginError) {
        guard plugin.manifest.hooks[MeasuresHook.name] != nil else {
            throw PluginError(kind: .unknownHook, message: "the plugin has no '\(MeasuresHook.name)' hook: add hooks = { measures = \"rules.evaluate\" } to plugin.lua", pluginID: plugin.manifest.id, hook: MeasuresHook.name, file: "plugin.lua", field: "hooks")
        }
        pool = try PluginPool(plugin: plugin, workers: workers, isolation: isolation)
    }

    /// Evaluates every event with its context.
    ///
    /// Events go to the workers in contiguous runs, many per hop to a worker's thread, each
    /// run to the next free worker; the convention text crosses into each Lua state once per
    /// version, not once per event.
    public func evaluate(_ items: [(event: BehaviourEvent, context: MeasuresContext)]) async -> [PluginResult] {
        await evaluate(.tuples(items))
    }

    /// Evaluates a batch built without tuples (``MeasuresRun`` builds its two arrays directly).
    func evaluate(_ batch: MeasuresBatch) async -> [PluginResult] {
        await evaluate(.batch(batch))
    }

    // Where a run's events come from. Tuples are copied into a batch run by run, in the worker's
    // task: the copying is shared by the workers instead of done before any of them starts.
    private enum Items: Sendable {
        case tuples([(event: BehaviourEvent, context: MeasuresContext)])
        case batch(MeasuresBatch)

        var count: Int {
            switch self {
            case .tuples(let items): items.count
            case .batch(let batch): batch.events.count
            }
        }

        /// The batch holding a run's events, and the run's positions in it.
        func run(_ range: Range<Int>) -> (batch: MeasuresBatch, range: Range<Int>) {
            switch self {
            case .tuples(let items): (MeasuresBatch(items[range]), 0..<range.count)
            case .batch(let batch): (batch, range)
            }
        }
    }

    private func evaluate(_ items: Items) async -> [PluginResult] {
        let count = items.count
        guard count > 0 else { return [] }
        let pluginID = pool.plugin.manifest.id
        let workers = pool.instances
        // Runs of consecutive events keep a community's events (and its convention) together;
        // a worker takes the next run when it is free, so both cores stay busy to the end.
        let runs = EvaluationRuns(count: count, workers: workers.count)
        var results = [PluginResult?](repeating: nil, count: count)
        await withTaskGroup(of: [(Int, [PluginResult])].self) { group in
            for instance in workers {
                group.addTask {
                    var done: [(Int, [PluginResult])] = []
                    while let range = await runs.take() {
                        let run = items.run(range)
                        let outputs = await instance.invokeBatch(hook: MeasuresHook.name, calls: Self.calls(run.range, of: run.batch)) {
                            (result) throws(LuaError) in try MeasuresHook.proposals(reading: result, pluginID: pluginID)
                        }
                        done.append((range.lowerBound, outputs.map(Self.result)))
                    }
                    return done
                }
            }
            for await batch in group {
                for (start, run) in batch {
                    for (offset, result) in run.enumerated() { results[start + offset] = result }
                }
            }
        }
        return results.map { $0! }
    }

    // The event and ctx.subject are written straight into the state; the convention is one
    // shared dictionary per version, so it crosses into the state once per version and worker.
    private static func calls(_ range: Range<Int>, of batch: MeasuresBatch) -> [MeasuresCall] {
        var calls: [MeasuresCall] = []
        calls.reserveCapacity(range.count)
        var version: ConventionVersion?
        var shared: [String: LuaValue] = [:]
        for index in range {
            if batch.contexts[index].version != version {
                version = batch.contexts[index].version
                shared = version.map { ["convention": $0.hookContext.luaValue] } ?? [:]
            }
            calls.append(MeasuresCall(batch: batch, index: index, sharedContext: shared))
        }
        return calls
    }

    private static func result(_ output: Result<Result<[MeasureProposal], TypedHookError>, PluginError>) -> PluginResult {
        switch output {
        case .success(.success(let proposals)): .measures(proposals)
        case .success(.failure(let error)): .failed(String(describing: error))
        case .failure(let error): .failed(String(describing: error))
        }
    }
}
