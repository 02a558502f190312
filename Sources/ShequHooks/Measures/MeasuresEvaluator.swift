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

    /// Creates a pool of `workers` instances of a plugin that has the `measures` hook.
    ///
    /// - Throws: ``PluginError`` of kind `.unknownHook` when the plugin has no `measures` hook.
    public init(plugin: Plugin, workers: Int = 2) throws(PluginError) {
        guard plugin.manifest.hooks[MeasuresHook.name] != nil else {
            throw PluginError(kind: .unknownHook, message: "the plugin has no '\(MeasuresHook.name)' hook: add hooks = { measures = \"rules.evaluate\" } to plugin.lua", pluginID: plugin.manifest.id, hook: MeasuresHook.name, file: "plugin.lua", field: "hooks")
        }
        pool = try PluginPool(plugin: plugin, workers: workers)
    }

    /// Evaluates every event with its context.
    public func evaluate(_ items: [(event: BehaviourEvent, context: MeasuresContext)]) async -> [PluginResult] {
        guard !items.isEmpty else { return [] }
        let pluginID = pool.plugin.manifest.id
        let workers = pool.instances
        var results = [PluginResult?](repeating: nil, count: items.count)
        await withTaskGroup(of: [(Int, PluginResult)].self) { group in
            for (worker, instance) in workers.enumerated() {
                group.addTask {
                    var done: [(Int, PluginResult)] = []
                    for index in stride(from: worker, to: items.count, by: workers.count) {
                        let (event, context) = items[index]
                        done.append((index, await Self.evaluate(event, context: context, on: instance, pluginID: pluginID)))
                    }
                    return done
                }
            }
            for await batch in group {
                for (index, result) in batch { results[index] = result }
            }
        }
        return results.map { $0! }
    }

    private static func evaluate(_ event: BehaviourEvent, context: MeasuresContext, on instance: PluginInstance,
                                 pluginID: String) async -> PluginResult {
        do {
            let input = try LuaEncoder().encode(event)
            let output = try await instance.invoke(hook: MeasuresHook.name, input: input, context: context.luaValue)
            return .measures(try MeasuresHook.proposals(from: output, pluginID: pluginID))
        } catch {
            return .failed(String(describing: error))
        }
    }
}
