/// One call of a hook in ``PluginInstance/invokeBatch(hook:calls:)``: the input, and a
/// `ctx` made of fields of this call alone and fields that many calls share.
///
/// Shared fields (a convention's text, a county's parameters) cross into the Lua state
/// once, are frozen there and reused by every later call that passes an equal value
/// under the same name; only the call's own fields (a subject's facts) are sent each
/// time. The hook sees one read-only `ctx` either way: the call's fields with the
/// shared ones set over them.
///
/// ```swift
/// let convention: LuaValue = ["title": "某村村规民约"]
/// let calls = events.map { event in
///     PluginCall(input: event, context: ["subject": ["age": 72]], sharedContext: ["convention": convention])
/// }
/// let results = await instance.invokeBatch(hook: "measures", calls: calls)
/// ```
public struct PluginCall: Sendable, Hashable {
    /// The hook's first argument (a fresh copy in the state).
    public var input: LuaValue
    /// Fields of `ctx` for this call alone.
    public var context: LuaTable
    /// Fields of `ctx` shared with other calls, by field name. Pass the same value
    /// (ideally the same instance: comparing it is then immediate) to reuse the copy in the state.
    public var sharedContext: [String: LuaValue]
    /// Seeds `math.random`; by default derived from the hook name and the input, as for ``PluginInstance/invoke(hook:input:context:randomSeed:)``.
    public var randomSeed: Int64?

    /// Creates a call.
    public init(input: LuaValue, context: LuaTable = LuaTable(), sharedContext: [String: LuaValue] = [:], randomSeed: Int64? = nil) {
        self.input = input
        self.context = context
        self.sharedContext = sharedContext
        self.randomSeed = randomSeed
    }
}
