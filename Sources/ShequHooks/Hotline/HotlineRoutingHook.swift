import ShequCore

/// The typed hook `hotline_routing` (a function `route(input, ctx)`) by which a county
/// adjusts how 12345 work orders are routed to departments (派单, Art. 15).
///
/// The plugin receives a ``HotlineRoutingHookInput`` — the request, the routing table's
/// proposal (`department`, `deadline_hours`) and the departments it may choose from — and
/// returns a ``HotlineRoutingHookResult`` (`department`, `deadline_hours`, `reason`, each
/// optional) or `nil` to keep the proposal. The host checks the result against the table:
/// an unknown department or a deadline out of range is an error naming the plugin.
///
/// ```swift
/// let result = try await HotlineRoutingHook.call(on: instance, input: table.hookInput(for: request))
/// let decision = try table.decision(for: request, hookResult: result, source: "xinyang.shihe.hotline")
/// ```
public enum HotlineRoutingHook: TypedHook {
    public static let name = "hotline_routing"
    public typealias Input = HotlineRoutingHookInput
    public typealias Output = HotlineRoutingHookResult
}
