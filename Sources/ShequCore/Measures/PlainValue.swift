/// Plain data as a script returns it: nil, booleans, numbers, strings, lists and tables.
///
/// ShequCore knows no Lua; the runtime hands a script's result over in this form (or
/// as JSON, which decodes to it), so the legal guard can look at every field a script
/// returned, including the ones no lawful measure has.
///
/// ```swift
/// let value: PlainValue = .table(["kind": .string("award_points"), "points": .integer(5)])
/// value["points"]?.integerValue   // 5
/// ```
public enum PlainValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case list([PlainValue])
    case table([String: PlainValue])

    /// The field of a table, or `nil`.
    public subscript(key: String) -> PlainValue? {
        if case let .table(fields) = self { return fields[key] }
        return nil
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// The integer, when this is an integer or a float with no fraction.
    public var integerValue: Int? {
        switch self {
        case let .integer(value): return value
        case let .number(value):
            guard value.rounded() == value, abs(value) < 9.0e15 else { return nil }
            return Int(value)
        default: return nil
        }
    }

    /// Every string inside this value, with the path that leads to it (`award`, `notes[2]`).
    func strings(at path: String) -> [(path: String, text: String)] {
        switch self {
        case let .string(text): return [(path, text)]
        case let .list(items):
            return items.enumerated().flatMap { $0.element.strings(at: "\(path)[\($0.offset + 1)]") }
        case let .table(fields):
            return fields.keys.sorted().flatMap { fields[$0]!.strings(at: "\(path).\($0)") }
        default: return []
        }
    }

    public var description: String {
        switch self {
        case .null: "nil"
        case let .bool(value): String(value)
        case let .integer(value): String(value)
        case let .number(value): String(value)
        case let .string(text): "\"\(text)\""
        case let .list(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case let .table(fields):
            "{" + fields.keys.sorted().map { "\($0) = \(fields[$0]!)" }.joined(separator: ", ") + "}"
        }
    }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var fields: [String: PlainValue] = [:]
            for key in keyed.allKeys { fields[key.stringValue] = try keyed.decode(PlainValue.self, forKey: key) }
            self = .table(fields)
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [PlainValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(PlainValue.self)) }
            self = .list(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let value = try? single.decode(Bool.self) { self = .bool(value) }
        else if let value = try? single.decode(Int.self) { self = .integer(value) }
        else if let value = try? single.decode(Double.self) { self = .number(value) }
        else { self = .string(try single.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case let .bool(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .integer(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .number(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .string(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .list(items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case let .table(fields):
            var container = encoder.container(keyedBy: AnyKey.self)
            for key in fields.keys.sorted() { try container.encode(fields[key]!, forKey: AnyKey(key)) }
        }
    }
}
