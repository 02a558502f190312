import CShequLua

/// Reads a value a hook returned straight from its Lua state, so a typed result (a
/// list of measures) is built without first copying the whole value into ``LuaValue``.
///
/// A reader is handed to the `reading` closure of
/// ``PluginInstance/invokeBatch(hook:calls:reading:)`` and is valid only while that
/// closure runs; using it afterwards stops the program. Reads use raw access only (no
/// metamethod of the plugin runs) and enforce the sandbox's ``LuaLimits``: string
/// length, nesting depth, table entries, no table that contains itself, and the host's
/// byte budget for one value (``LuaLimits/maxValueBytes``: every string read counts, each
/// time it is read). An error names the value's path, e.g. `result of hook 'x'.items[3]`.
///
/// ```swift
/// let totals = await instance.invokeBatch(hook: "score", calls: calls) { (result) throws(LuaError) -> Int64 in
///     var total: Int64 = 0
///     try result.table()?.forEachElement { _, item throws(LuaError) in total += item.integer ?? 0 }
///     return total
/// }
/// ```
public struct LuaValueReader {
    let state: OpaquePointer
    let index: Int32
    let depth: Int
    let session: LuaReadSession

    /// What a value holds; a table stays in the state, read through its ``LuaTableReader``.
    public enum Content {
        /// Lua `nil` (or nothing at all).
        case `nil`
        /// A boolean.
        case boolean(Bool)
        /// An integer.
        case integer(Int64)
        /// A float.
        case number(Double)
        /// A string, checked for length and UTF-8.
        case string(String)
        /// A table, read in place.
        case table(LuaTableReader)
    }

    /// The value's content.
    ///
    /// - Throws: ``LuaError`` for a function, userdata or thread (values that cannot leave the
    ///   state), and for a string over ``LuaLimits/maxStringBytes`` or not valid UTF-8.
    public func content() throws(LuaError) -> Content {
        session.check()
        switch lua_type(state, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(state, index) != 0)
        case LUA_TNUMBER:
            if shq_isinteger(state, index) != 0 { return .integer(Int64(lua_tointegerx(state, index, nil))) }
            return .number(lua_tonumberx(state, index, nil))
        case LUA_TSTRING:
            return .string(try session.string(state: state, at: index))
        case LUA_TTABLE: return .table(LuaTableReader(value: self))
        default:
            let typeName = String(cString: lua_typename(state, lua_type(state, index)))
            throw LuaError(kind: .invalidValue, message: "a value in \(session.path) is a \(typeName), which cannot be passed to the host")
        }
    }

    /// The value's type as Lua's `type()` names it: `nil`, `boolean`, `number`, `string`, `table`, or another.
    public var typeName: String {
        session.check()
        return String(cString: lua_typename(state, lua_type(state, index)))
    }

    /// Whether the value is `nil`.
    public var isNil: Bool {
        session.check()
        return lua_type(state, index) <= LUA_TNIL
    }

    /// Whether the value is a table.
    public var isTable: Bool {
        session.check()
        return lua_type(state, index) == LUA_TTABLE
    }

    /// The value when it is a boolean.
    public var boolean: Bool? {
        session.check()
        return lua_type(state, index) == LUA_TBOOLEAN ? lua_toboolean(state, index) != 0 : nil
    }

    /// The value when it is an integer (not a float, even a whole one).
    public var integer: Int64? {
        session.check()
        guard lua_type(state, index) == LUA_TNUMBER, shq_isinteger(state, index) != 0 else { return nil }
        return Int64(lua_tointegerx(state, index, nil))
    }

    /// The value when it is a float.
    public var number: Double? {
        session.check()
        guard lua_type(state, index) == LUA_TNUMBER, shq_isinteger(state, index) == 0 else { return nil }
        return lua_tonumberx(state, index, nil)
    }

    /// The value when it is a string.
    ///
    /// - Throws: ``LuaError`` when the string is longer than ``LuaLimits/maxStringBytes`` or not valid UTF-8.
    public func string() throws(LuaError) -> String? {
        session.check()
        guard lua_type(state, index) == LUA_TSTRING else { return nil }
        return try session.string(state: state, at: index)
    }

    /// The whole value copied out, as ``PluginInstance/invoke(hook:input:context:randomSeed:)`` returns it.
    public func value() throws(LuaError) -> LuaValue {
        session.check()
        var reader = LuaTransferReader(state: state, budget: session.budget)
        defer { session.budget = reader.budget }
        return try reader.read(at: index, path: session.path)
    }

    /// The value as a table, to read its sequence and fields; `nil` when it is not a table.
    public func table() -> LuaTableReader? {
        session.check()
        guard lua_type(state, index) == LUA_TTABLE else { return nil }
        return LuaTableReader(value: self)
    }

    func child(at index: Int32) -> LuaValueReader {
        LuaValueReader(state: state, index: index, depth: depth + 1, session: session)
    }
}

/// What one read of a result shares: the limits, the host budget spent so far (strings,
/// entries), the tables open, where the reading is (for errors), and whether the result
/// is still on the stack.
final class LuaReadSession {
    let limits: LuaLimits
    var budget: LuaHostBudget
    var open: [UnsafeRawPointer] = []
    // The position being read below the result: a sequence position or a field's key.
    enum Step {
        case position(Int)
        case key(LuaKey)
    }
    private var base: String
    private var steps: [Step] = []
    private var isOpen = false

    init(limits: LuaLimits) {
        self.limits = limits
        self.budget = LuaHostBudget(limits: limits)
        self.base = "result"
    }

    /// Where the reading is, e.g. `result of hook 'score'.items[3]`; built only for errors.
    var path: String {
        steps.reduce(base) { path, step in
            switch step {
            case .position(let position): "\(path)[\(position)]"
            case .key(let key): key.pathComponent(after: path)
            }
        }
    }

    func begin(path: String) {
        base = path
        steps.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        budget = LuaHostBudget(limits: limits)
        isOpen = true
    }

    func enter(_ step: Step) {
        steps.append(step)
    }

    func leave() {
        steps.removeLast()
    }

    func end() {
        isOpen = false
    }

    func check() {
        precondition(isOpen, "a LuaValueReader was used after its reading closure returned")
    }

    /// The string at `index`, checked against the limits and for valid UTF-8, and counted
    /// against the budget each time it is read.
    func string(state: OpaquePointer, at index: Int32) throws(LuaError) -> String {
        var reader = LuaTransferReader(state: state, budget: budget)
        defer { budget = reader.budget }
        return try reader.readString(at: index, path: path)
    }

    /// A key at `index`, counted like a string.
    func key(state: OpaquePointer, at index: Int32) throws(LuaError) -> LuaKey {
        var reader = LuaTransferReader(state: state, budget: budget)
        defer { budget = reader.budget }
        return try reader.readKey(at: index) { path }
    }

    func count(entries added: Int) throws(LuaError) {
        try budget.charge(entries: added) { path }
    }

    func countTable() throws(LuaError) {
        try budget.chargeTable { path }
    }
}
