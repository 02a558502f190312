import Foundation

/// The `Encoder` that ``LuaEncoder`` drives; one per nested value.
final class LuaValueEncoder: Encoder {
    let options: LuaEncodingOptions
    let codingPath: [any CodingKey]
    let depth: Int
    /// Set while encoding `[String: V]`: its keys stay strings even when they look like numbers.
    let keysAreStrings: Bool
    /// What this encoder produced; nil until a container writes to it.
    var root: LuaEncodingSlot?

    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    init(options: LuaEncodingOptions, codingPath: [any CodingKey], depth: Int, keysAreStrings: Bool = false) {
        self.options = options
        self.codingPath = codingPath
        self.depth = depth
        self.keysAreStrings = keysAreStrings
    }

    /// The Lua table key for a coding key written by this encoder's keyed containers.
    func luaKey(for key: some CodingKey) -> LuaKey {
        keysAreStrings ? .string(key.stringValue) : key.luaKey
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(LuaKeyedEncodingContainer<Key>(encoder: self, builder: tableBuilder(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        LuaUnkeyedEncodingContainer(encoder: self, builder: tableBuilder(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        LuaSingleValueEncodingContainer(encoder: self)
    }

    /// The table this encoder writes into; a subclass and its superclass share it.
    private func tableBuilder() -> LuaTableBuilder {
        if case .table(let builder)? = root { return builder }
        let builder = LuaTableBuilder(codingPath: codingPath)
        root = .table(builder)
        return builder
    }

    /// A nested encoder for a super class or a custom nested value.
    func nestedEncoder(at path: [any CodingKey]) -> LuaValueEncoder {
        LuaValueEncoder(options: options, codingPath: path, depth: depth + 1)
    }

    /// Encodes any value found at `path` below this encoder.
    func box<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> LuaEncodingSlot {
        if let direct = try directValue(value, at: path) {
            return .value(direct)
        }
        guard depth < options.maxDepth else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path,
                debugDescription: "at \(path.dottedPath): value nests deeper than the limit of \(options.maxDepth) levels; look for a value that contains itself, or raise LuaEncoder.maxDepth"))
        }
        let child = LuaValueEncoder(options: options, codingPath: path, depth: depth + 1,
                                    keysAreStrings: value is any LuaStringKeyedDictionary)
        try value.encode(to: child)
        return child.root ?? .value(.table(LuaTable()))
    }

    /// Values with a fixed Lua form, encoded without a nested encoder.
    private func directValue<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> LuaValue? {
        switch value {
        case let value as String: return .string(value)
        case let value as Int: return .integer(Int64(value))
        case let value as Int64: return .integer(value)
        case let value as Double: return .number(value)
        case let value as Bool: return .boolean(value)
        case let value as LuaValue: return value
        case let value as LuaTable: return .table(value)
        case let value as Date: return options.dateStrategy.encode(value)
        case let value as Data: return .string(value.base64EncodedString())
        case let value as URL: return .string(value.absoluteString)
        case let value as Decimal: return Self.luaValue(value)
        default: return nil
        }
    }

    private static func luaValue(_ decimal: Decimal) -> LuaValue {
        var rounded = Decimal()
        var source = decimal
        NSDecimalRound(&rounded, &source, 0, .plain)
        if rounded == decimal, let integer = Int64(decimal.description) {
            return .integer(integer)
        }
        // The decimal text parses to the nearest Double, which NSDecimalNumber does not promise.
        return .number(Double(decimal.description) ?? NSDecimalNumber(decimal: decimal).doubleValue)
    }

    static func integer<T: BinaryInteger>(_ value: T, at path: [any CodingKey]) throws -> LuaValue {
        guard let integer = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path,
                debugDescription: "at \(path.dottedPath): \(T.self) value \(value) is larger than a Lua integer can hold (Int64.max); store it as a string"))
        }
        return .integer(integer)
    }

    static func float(_ value: Float) -> LuaValue {
        // Widen through the shortest decimal form so Float(0.1) becomes the Lua float 0.1.
        guard value.isFinite, let widened = Double(value.description) else {
            return .number(Double(value))
        }
        return .number(widened)
    }
}

/// Marks `[String: V]`, whose coding keys for `"1"` also carry the integer 1.
protocol LuaStringKeyedDictionary {}

extension Dictionary: LuaStringKeyedDictionary where Key == String {}
