import ShequCore
import ShequLua

/// Routes 12345 work orders to departments with the county's routing table and, when the
/// county has one, its `hotline_routing` plugin, validating every plugin answer (Art. 15).
///
/// ```swift
/// let router = HotlineRouter(table: table, pool: try PluginPool(plugin: plugin))
/// for (request, result) in zip(requests, await router.route(requests)) {
///     if case .success(let decision) = result { try order.dispatch(to: decision.department, …) }
/// }
/// ```
///
/// One request failing (a plugin error, an unknown department) never stops the others.
public struct HotlineRouter: Sendable {
    /// The county's table: departments, deadlines and the fallback.
    public var table: HotlineRoutingTable
    /// The county's plugin, if any.
    public var pool: PluginPool?

    /// Creates a router.
    public init(table: HotlineRoutingTable, pool: PluginPool? = nil) {
        self.table = table
        self.pool = pool
    }

    /// The decision for each request, in input order.
    public func route(_ requests: [HotlineRequest]) async -> [Result<HotlineRoutingDecision, HotlineRoutingFailure>] {
        guard let pool else { return requests.map { .success(table.route($0)) } }
        let pluginID = pool.plugin.manifest.id
        let encoder = LuaEncoder()
        var inputs: [LuaValue] = []
        var results: [Result<HotlineRoutingDecision, HotlineRoutingFailure>?] = Array(repeating: nil, count: requests.count)
        var positions: [Int] = []
        for (position, request) in requests.enumerated() {
            do {
                inputs.append(try encoder.encode(table.hookInput(for: request)))
                positions.append(position)
            } catch {
                results[position] = .failure(.plugin(request: request.id, TypedHookError(
                    pluginID: pluginID, hook: HotlineRoutingHook.name, reason: .input(String(describing: error)))))
            }
        }
        let answers = await pool.evaluate(hook: HotlineRoutingHook.name, inputs: inputs, context: .nil)
        for (offset, answer) in answers.enumerated() {
            let request = requests[positions[offset]]
            results[positions[offset]] = Self.decide(request, answer, table: table, pluginID: pluginID)
        }
        return results.map { $0! }
    }

    private static func decide(
        _ request: HotlineRequest, _ answer: Result<LuaValue, PluginError>, table: HotlineRoutingTable, pluginID: String
    ) -> Result<HotlineRoutingDecision, HotlineRoutingFailure> {
        switch answer {
        case .failure(let error):
            return .failure(.plugin(request: request.id, TypedHookError(pluginID: pluginID, hook: HotlineRoutingHook.name, reason: .plugin(error))))
        case .success(let value):
            var result: HotlineRoutingHookResult?
            if value != .nil {
                do { result = try HotlineRoutingHook.decode(value, pluginID: pluginID) } catch {
                    return .failure(.plugin(request: request.id, error))
                }
            }
            do {
                return .success(try table.decision(for: request, hookResult: result, source: "plugin \(pluginID), hook '\(HotlineRoutingHook.name)'"))
            } catch {
                return .failure(.refused(request: request.id, error))
            }
        }
    }
}
