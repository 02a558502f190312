/// A Swift function that plugins call as `shequ.<name>(...)`.
///
/// The body receives the arguments as plain values and returns the results.
/// An error it throws becomes a Lua error at the caller's line, which plugin
/// code can catch with `pcall`; no Lua error ever unwinds through the body.
///
/// ```swift
/// let double = LuaHostFunction("double") { arguments in
///     [.integer(try arguments.integer(1) * 2)]
/// }
/// let sandbox = try LuaSandbox(functions: [double])
/// try sandbox.run("return shequ.double(21)", chunkName: "probe.lua") // [.integer(42)]
/// ```
public struct LuaHostFunction: Sendable {
    /// The field name in the `shequ` table (a Lua identifier, e.g. `"now"`).
    public let name: String
    /// The function body.
    public let body: @Sendable (LuaArguments) throws -> [LuaValue]

    /// Creates a host function installed as `shequ.<name>`.
    public init(_ name: String, body: @escaping @Sendable (LuaArguments) throws -> [LuaValue]) {
        self.name = name
        self.body = body
    }
}
