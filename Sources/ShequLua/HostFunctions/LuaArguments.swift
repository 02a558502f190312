/// The arguments of a call from Lua to a ``LuaHostFunction``, with typed
/// accessors that fail the way Lua's own `lauxlib` does.
///
/// ```swift
/// LuaHostFunction("greet") { arguments in
///     let name = try arguments.string(1)             // bad argument #1 to 'shequ.greet' (string expected, got nil)
///     let times = try arguments.optionalInteger(2) ?? 1
///     return [.string(String(repeating: "你好，\(name)", count: Int(times)))]
/// }
/// ```
public struct LuaArguments: Sendable {
    /// The name Lua code calls the function by, e.g. `shequ.greet`.
    public let functionName: String
    /// The argument values, in order.
    public let values: [LuaValue]

    /// Creates arguments for a function (used by the runtime and by tests of host functions).
    public init(functionName: String, values: [LuaValue]) {
        self.functionName = functionName
        self.values = values
    }

    /// The number of arguments passed.
    public var count: Int { values.count }

    /// The argument at a 1-based position; `nil` (Lua) when absent.
    public subscript(position: Int) -> LuaValue {
        position >= 1 && position <= values.count ? values[position - 1] : .nil
    }

    /// The string argument at `position`.
    public func string(_ position: Int) throws(LuaArgumentError) -> String {
        guard case .string(let value) = self[position] else { throw mismatch(position, "string") }
        return value
    }

    /// The integer argument at `position` (a float with an integral value is accepted, as in Lua).
    public func integer(_ position: Int) throws(LuaArgumentError) -> Int64 {
        switch self[position] {
        case .integer(let value): return value
        case .number(let value) where value.rounded() == value && abs(value) < 9.2e18: return Int64(value)
        case .number: throw LuaArgumentError(functionName: functionName, position: position, problem: "number has no integer representation")
        default: throw mismatch(position, "number")
        }
    }

    /// The number argument at `position`, as a `Double`.
    public func number(_ position: Int) throws(LuaArgumentError) -> Double {
        guard let value = self[position].doubleValue else { throw mismatch(position, "number") }
        return value
    }

    /// The boolean argument at `position`.
    public func boolean(_ position: Int) throws(LuaArgumentError) -> Bool {
        guard case .boolean(let value) = self[position] else { throw mismatch(position, "boolean") }
        return value
    }

    /// The table argument at `position`.
    public func table(_ position: Int) throws(LuaArgumentError) -> LuaTable {
        guard case .table(let value) = self[position] else { throw mismatch(position, "table") }
        return value
    }

    /// The string argument at `position`, or nil when it is absent or `nil`.
    public func optionalString(_ position: Int) throws(LuaArgumentError) -> String? {
        self[position] == .nil ? nil : try string(position)
    }

    /// The integer argument at `position`, or nil when it is absent or `nil`.
    public func optionalInteger(_ position: Int) throws(LuaArgumentError) -> Int64? {
        self[position] == .nil ? nil : try integer(position)
    }

    private func mismatch(_ position: Int, _ expected: String) -> LuaArgumentError {
        let got = position > values.count ? "no value" : self[position].typeName
        return LuaArgumentError(functionName: functionName, position: position, problem: "\(expected) expected, got \(got)")
    }
}

/// A wrong argument passed from Lua to a host function, worded like Lua's own
/// `bad argument #1 to 'f' (string expected, got nil)`.
public struct LuaArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The function, e.g. `shequ.log`.
    public var functionName: String
    /// The 1-based argument position.
    public var position: Int
    /// What is wrong, e.g. `string expected, got nil`.
    public var problem: String

    /// Creates the error.
    public init(functionName: String, position: Int, problem: String) {
        self.functionName = functionName
        self.position = position
        self.problem = problem
    }

    public var description: String {
        "bad argument #\(position) to '\(functionName)' (\(problem))"
    }
}
