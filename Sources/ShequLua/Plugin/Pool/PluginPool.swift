import Foundation

/// Several instances of one plugin, one sandbox per worker, that evaluate a
/// batch in parallel on all cores.
///
/// Results come back in input order; one failing item never stops the others.
/// Under ``PluginIsolation/process(_:)`` each worker is an instance with its own worker
/// process (see ``PluginIsolation``).
///
/// ```swift
/// let pool = try PluginPool(plugin: plugin)               // one worker per core
/// let isolated = try PluginPool(plugin: plugin, isolation: .process())
/// let results = await pool.evaluate(hook: "score", inputs: residents, context: ["county": "411522"])
/// for case .success(let score) in results { print(score) }
/// ```
public final class PluginPool: Sendable {
    /// The plugin the pool runs.
    public let plugin: Plugin
    /// The workers.
    public let instances: [PluginInstance]
    private let stop = LuaCancellation()

    /// Where the workers' Lua states live.
    public let isolation: PluginIsolation

    /// Creates `workers` instances (default: one per active core), in process unless
    /// `isolation` says otherwise.
    public init(
        plugin: Plugin, workers: Int = ProcessInfo.processInfo.activeProcessorCount, isolation: PluginIsolation = .inProcess
    ) throws(PluginError) {
        self.plugin = plugin
        self.isolation = isolation
        var instances: [PluginInstance] = []
        for _ in 0..<max(1, workers) {
            instances.append(try PluginInstance(plugin: plugin, isolation: isolation))
        }
        self.instances = instances
    }

    /// Stops the running evaluation: calls in progress are cancelled and the
    /// items not yet started fail as cancelled.
    public func cancel() {
        stop.cancel()
        for instance in instances { instance.cancel() }
    }

    /// Calls `hook` for every input, spread over the workers, and returns the
    /// results in input order.
    public func evaluate(hook: String, inputs: [LuaValue], context: LuaValue = .nil) async -> [Result<LuaValue, PluginError>] {
        guard !inputs.isEmpty else { return [] }
        defer {
            // A cancel that found a worker idle must not kill that worker's next call.
            stop.reset()
            for instance in instances { instance.clearCancellation() }
        }
        let workers = instances.count
        // Several chunks per worker keep the cores busy when items differ in cost.
        let chunkSize = max(1, min(2048, (inputs.count + workers * 4 - 1) / (workers * 4)))
        let chunkCount = (inputs.count + chunkSize - 1) / chunkSize
        let cancelledError = PluginError(
            lua: LuaError(kind: .cancelled, message: "cancelled by the host"), pluginID: plugin.manifest.id, hook: hook)
        var results = [Result<LuaValue, PluginError>?](repeating: nil, count: inputs.count)
        await withTaskGroup(of: [(Int, [Result<LuaValue, PluginError>])].self) { group in
            for (worker, instance) in instances.enumerated() {
                group.addTask { [stop] in
                    var done: [(Int, [Result<LuaValue, PluginError>])] = []
                    for chunk in stride(from: worker, to: chunkCount, by: workers) {
                        let range = (chunk * chunkSize)..<min(inputs.count, (chunk + 1) * chunkSize)
                        if stop.isCancelled {
                            done.append((range.lowerBound, Array(repeating: .failure(cancelledError), count: range.count)))
                            continue
                        }
                        let batch = await instance.invokeBatch(hook: hook, inputs: Array(inputs[range]), context: context)
                        done.append((range.lowerBound, batch))
                    }
                    return done
                }
            }
            for await finished in group {
                for (start, batch) in finished {
                    for (offset, result) in batch.enumerated() { results[start + offset] = result }
                }
            }
        }
        return results.map { $0! }
    }
}
