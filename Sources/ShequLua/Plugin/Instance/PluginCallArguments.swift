/// The arguments of one hook call, written straight into the Lua state by
/// ``PluginInstance/invokeBatch(hook:calls:reading:)``: the typed counterpart of
/// ``PluginCall``, for callers that evaluate many calls and would rather not build a
/// ``LuaValue`` tree for each.
///
/// The hook sees the same `fn(input, ctx)` as with ``PluginCall``: a fresh `input`, and a
/// read-only `ctx` made of the table ``writeContext(to:)`` writes with the
/// ``sharedContext`` fields set over it.
///
/// ```swift
/// struct ScoreCall: PluginCallArguments {
///     var age: Int
///     var county: [String: LuaValue]   // the same dictionary for every call of a county
///     func writeInput(to writer: inout LuaValueWriter) throws(LuaError) {
///         try writer.beginTable()
///         try writer.key("age")
///         try writer.write(age)
///         try writer.endTable()
///     }
///     func writeContext(to writer: inout LuaValueWriter) throws(LuaError) {
///         try writer.beginTable()
///         try writer.endTable()
///     }
///     var sharedContext: [String: LuaValue] { county }
/// }
/// ```
public protocol PluginCallArguments: Sendable {
    /// Writes the hook's first argument: exactly one value.
    func writeInput(to writer: inout LuaValueWriter) throws(LuaError)
    /// Writes this call's own fields of `ctx`: exactly one table.
    func writeContext(to writer: inout LuaValueWriter) throws(LuaError)
    /// Fields of `ctx` shared with other calls, by field name (see ``PluginCall/sharedContext``).
    var sharedContext: [String: LuaValue] { get }
    /// Seeds `math.random`; `nil` derives the seed from the hook name and the input.
    var randomSeed: Int64? { get }
}

extension PluginCallArguments {
    /// No shared fields.
    public var sharedContext: [String: LuaValue] { [:] }
    /// The default seed, from the hook name and the input.
    public var randomSeed: Int64? { nil }
}

extension PluginCall: PluginCallArguments {
    /// Writes ``input``.
    public func writeInput(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.write(input)
    }

    /// Writes ``context``.
    public func writeContext(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.write(.table(context))
    }
}
