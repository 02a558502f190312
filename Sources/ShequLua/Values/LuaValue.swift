/// A Lua value copied out of (or into) a sandboxed Lua state.
///
/// `LuaValue` is plain data: it holds no reference to a Lua state, so it is
/// `Sendable` and can cross actors and threads. Integers and floats are kept
/// apart, as Lua 5.4 keeps them apart: `3` is ``integer(_:)``, `3.0` is
/// ``number(_:)``. Strings are always valid UTF-8; a Lua string that is not
/// is refused when it is read from the state.
///
/// ```swift
/// let input: LuaValue = ["name": "张三", "age": 72, "tags": ["elder", "alone"]]
/// if case .table(let table) = input, let age = table["age"]?.integerValue {
///     print(age) // 72
/// }
/// ```
///
/// ## Topics
/// - ``LuaTable``
/// - ``LuaKey``
public enum LuaValue: Sendable, Hashable {
    /// Lua `nil`.
    case `nil`
    /// A Lua boolean.
    case boolean(Bool)
    /// A Lua integer (the `integer` subtype of `number`).
    case integer(Int64)
    /// A Lua float (the `float` subtype of `number`).
    case number(Double)
    /// A Lua string holding valid UTF-8.
    case string(String)
    /// A Lua table, copied by value.
    case table(LuaTable)

    /// The Lua type name of this value, as Lua's `type()` would report it
    /// (`"nil"`, `"boolean"`, `"number"`, `"string"`, `"table"`).
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        }
    }

    /// The integer, if this value is a Lua integer.
    public var integerValue: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The number as a `Double`, if this value is an integer or a float.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The string, if this value is a Lua string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The boolean, if this value is a Lua boolean.
    public var booleanValue: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The table, if this value is a Lua table.
    public var tableValue: LuaTable? {
        if case .table(let value) = self { value } else { nil }
    }

    /// Whether Lua would treat this value as true in a condition
    /// (everything but `nil` and `false`).
    public var isTruthy: Bool {
        switch self {
        case .nil: false
        case .boolean(let value): value
        default: true
        }
    }
}

/// A key of a Lua table: the value kinds that can index a table and survive a copy.
///
/// Lua allows any non-nil, non-NaN value as a key; the host only exchanges
/// tables keyed by integers, strings, booleans or floats.
public enum LuaKey: Sendable, Hashable, Comparable {
    /// An integer key, as in a sequence `{ "a", "b" }` (keys 1 and 2).
    case integer(Int64)
    /// A string key, as in `{ name = "x" }`.
    case string(String)
    /// A boolean key.
    case boolean(Bool)
    /// A float key with a non-integral value (Lua normalises `2.0` to the integer `2`).
    case number(Double)

    /// The key as a value.
    public var value: LuaValue {
        switch self {
        case .integer(let value): .integer(value)
        case .string(let value): .string(value)
        case .boolean(let value): .boolean(value)
        case .number(let value): .number(value)
        }
    }

    // Orders keys so that output built from tables is deterministic:
    // booleans, then numbers by value, then strings by bytes.
    public static func < (lhs: LuaKey, rhs: LuaKey) -> Bool {
        switch (lhs, rhs) {
        case (.boolean(let a), .boolean(let b)): return !a && b
        case (.boolean, _): return true
        case (_, .boolean): return false
        case (.string(let a), .string(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.string, _): return false
        case (_, .string): return true
        default: return (lhs.numericValue ?? 0) < (rhs.numericValue ?? 0)
        }
    }

    private var numericValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}

/// A Lua table copied out of a state: its sequence part and its other keys.
///
/// Keys `1...n` of a proper sequence live in ``array``; every other key lives in
/// ``fields``. A table is therefore never ambiguous about which part holds a key.
///
/// ```swift
/// var table = LuaTable(array: [.string("a")], fields: [.string("kind"): .string("x")])
/// table[.integer(1)] // .string("a")
/// table["kind"] // .string("x")
/// ```
public struct LuaTable: Sendable, Hashable {
    /// Values at keys `1...array.count`, in order.
    public var array: [LuaValue]
    /// Values at every other key.
    public var fields: [LuaKey: LuaValue]

    /// Creates a table from its sequence part and its other keys.
    public init(array: [LuaValue] = [], fields: [LuaKey: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }

    /// Whether the table has no entries at all.
    public var isEmpty: Bool { array.isEmpty && fields.isEmpty }

    /// The number of entries in both parts.
    public var count: Int { array.count + fields.count }

    /// The value at a key, `nil` (Swift) when absent.
    public subscript(key: LuaKey) -> LuaValue? {
        get {
            if case .integer(let index) = key, index >= 1, index <= Int64(array.count) {
                return array[Int(index - 1)]
            }
            return fields[key]
        }
        set {
            if case .integer(let index) = key, index >= 1, index <= Int64(array.count) {
                if let newValue, newValue != .nil {
                    array[Int(index - 1)] = newValue
                } else {
                    // Removing from the middle of the sequence: the tail becomes plain fields.
                    let tail = array[Int(index)...]
                    array.removeSubrange(Int(index - 1)...)
                    for (offset, value) in tail.enumerated() {
                        fields[.integer(index + 1 + Int64(offset))] = value
                    }
                }
                return
            }
            if let newValue, newValue != .nil {
                fields[key] = newValue
                // Appending at n+1 grows the sequence and absorbs any keys that follow.
                if case .integer(let index) = key, index == Int64(array.count) + 1 {
                    array.append(fields.removeValue(forKey: key)!)
                    while let next = fields.removeValue(forKey: .integer(Int64(array.count) + 1)) {
                        array.append(next)
                    }
                }
            } else {
                fields.removeValue(forKey: key)
            }
        }
    }

    /// The value at a string key, `nil` (Swift) when absent.
    public subscript(name: String) -> LuaValue? {
        get { self[.string(name)] }
        set { self[.string(name)] = newValue }
    }

    /// All entries, sequence first, then the other keys in ``LuaKey`` order.
    public var sortedEntries: [(key: LuaKey, value: LuaValue)] {
        let sequence = array.enumerated().map { (key: LuaKey.integer(Int64($0.offset + 1)), value: $0.element) }
        let rest = fields.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        return sequence + rest
    }
}

extension LuaValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .nil }
}

extension LuaValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
}

extension LuaValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension LuaValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension LuaValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension LuaValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: LuaValue...) {
        self = .table(LuaTable(array: elements))
    }
}

extension LuaValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, LuaValue)...) {
        var table = LuaTable()
        for (key, value) in elements { table[key] = value }
        self = .table(table)
    }
}
