import Foundation

/// The `Decoder` that ``LuaDecoder`` drives; one per nested value.
final class LuaValueDecoder: Decoder {
    let value: LuaValue
    let options: LuaDecodingOptions
    let codingPath: [any CodingKey]

    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    init(value: LuaValue, options: LuaDecodingOptions, codingPath: [any CodingKey]) {
        self.value = value
        self.options = options
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let table = try requireTable(value, expecting: "a table", at: codingPath)
        return KeyedDecodingContainer(LuaKeyedDecodingContainer<Key>(decoder: self, table: table, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let table = try requireTable(value, expecting: "a sequence table", at: codingPath)
        guard table.fields.isEmpty else {
            let example = table.fields.keys.sorted().first.map { " such as \(Self.describe($0))" } ?? ""
            throw DecodingError.typeMismatch([LuaValue].self, context(
                codingPath, "expected a sequence table (keys 1...n), found a table with other keys\(example)"))
        }
        return LuaUnkeyedDecodingContainer(decoder: self, elements: table.array, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        LuaSingleValueDecodingContainer(decoder: self)
    }

    /// A decoder for a value found at `path` below this one.
    func nestedDecoder(for value: LuaValue, at path: [any CodingKey]) -> LuaValueDecoder {
        LuaValueDecoder(value: value, options: options, codingPath: path)
    }

    /// Decodes any type from a value found at `path`.
    func unbox<T: Decodable>(_ value: LuaValue, as type: T.Type, at path: [any CodingKey]) throws -> T {
        if let direct = try directValue(value, as: type, at: path) {
            return direct
        }
        return try T(from: nestedDecoder(for: value, at: path))
    }

    /// Types with a fixed Lua form, decoded without a nested decoder.
    private func directValue<T: Decodable>(_ value: LuaValue, as type: T.Type, at path: [any CodingKey]) throws -> T? {
        if type == String.self { return try string(value, at: path) as? T }
        if type == Int.self { return try integer(value, as: Int.self, at: path) as? T }
        if type == Int64.self { return try integer(value, as: Int64.self, at: path) as? T }
        if type == Double.self { return try float(value, as: Double.self, at: path) as? T }
        if type == Bool.self { return try bool(value, at: path) as? T }
        if type == LuaValue.self { return value as? T }
        if type == LuaTable.self { return try requireTable(value, expecting: "a table", at: path) as? T }
        if type == Date.self { return try date(value, at: path) as? T }
        if type == Data.self { return try data(value, at: path) as? T }
        if type == URL.self { return try url(value, at: path) as? T }
        if type == Decimal.self { return try decimal(value, at: path) as? T }
        return nil
    }

    // MARK: - Primitives

    func bool(_ value: LuaValue, at path: [any CodingKey]) throws -> Bool {
        guard case .boolean(let flag) = value else {
            throw mismatch(Bool.self, "a boolean", value, at: path)
        }
        return flag
    }

    func string(_ value: LuaValue, at path: [any CodingKey]) throws -> String {
        guard case .string(let text) = value else {
            throw mismatch(String.self, "a string", value, at: path)
        }
        return text
    }

    func integer<T: FixedWidthInteger>(_ value: LuaValue, as type: T.Type, at path: [any CodingKey]) throws -> T {
        switch value {
        case .integer(let integer):
            guard let result = T(exactly: integer) else {
                throw DecodingError.dataCorrupted(context(path, "integer \(integer) is out of range for \(T.self) (\(T.min)...\(T.max))"))
            }
            return result
        case .number(let number):
            guard options.integerStrategy == .acceptIntegralFloats else {
                throw DecodingError.typeMismatch(T.self, context(
                    path, "expected an integer, found \(value.codingDescription); write it without a fraction, or decode with integerStrategy .acceptIntegralFloats"))
            }
            guard number.isFinite, number.rounded(.towardZero) == number else {
                throw DecodingError.typeMismatch(T.self, context(path, "expected an integer, found \(value.codingDescription) with a fractional part"))
            }
            guard let result = T(exactly: number) else {
                throw DecodingError.dataCorrupted(context(path, "number \(number) is out of range for \(T.self) (\(T.min)...\(T.max))"))
            }
            return result
        default:
            throw mismatch(T.self, "an integer", value, at: path)
        }
    }

    func float<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: LuaValue, as type: T.Type, at path: [any CodingKey]) throws -> T {
        switch value {
        case .integer(let integer):
            // Widening is allowed only when exact: large integers would silently change.
            guard let result = T(exactly: integer) else {
                throw DecodingError.dataCorrupted(context(path, "integer \(integer) cannot be held exactly by \(T.self)"))
            }
            return result
        case .number(let number):
            if T.self == Double.self || !number.isFinite { return T(number) }
            // Narrow through the shortest decimal form so the Lua float 0.1 becomes Float(0.1).
            let result = T(number.description) ?? T(number)
            guard result.isFinite else {
                throw DecodingError.dataCorrupted(context(path, "number \(number) is out of range for \(T.self)"))
            }
            return result
        default:
            throw mismatch(T.self, "a number", value, at: path)
        }
    }

    // MARK: - Foundation values

    private func date(_ value: LuaValue, at path: [any CodingKey]) throws -> Date {
        switch options.dateStrategy.decode(value) {
        case .success(let date):
            return date
        case .failure(.wrongType(let expectation)):
            throw DecodingError.typeMismatch(Date.self, context(path, "\(expectation), found \(value.codingDescription)"))
        case .failure(.malformed(let problem)):
            throw DecodingError.dataCorrupted(context(path, problem))
        }
    }

    private func data(_ value: LuaValue, at path: [any CodingKey]) throws -> Data {
        let text = try string(value, at: path)
        guard let data = Data(base64Encoded: text) else {
            throw DecodingError.dataCorrupted(context(path, "string is not valid base64"))
        }
        return data
    }

    private func url(_ value: LuaValue, at path: [any CodingKey]) throws -> URL {
        let text = try string(value, at: path)
        guard let url = URL(string: text) else {
            throw DecodingError.dataCorrupted(context(path, "string \"\(text)\" is not a valid URL"))
        }
        return url
    }

    private func decimal(_ value: LuaValue, at path: [any CodingKey]) throws -> Decimal {
        let text: String
        switch value {
        case .integer(let integer): text = String(integer)
        case .number(let number) where number.isFinite: text = number.description
        case .string(let string): text = string
        default: throw mismatch(Decimal.self, "a number or a decimal string", value, at: path)
        }
        guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorrupted(context(path, "\(value.codingDescription) is not a decimal number"))
        }
        return decimal
    }

    // MARK: - Errors

    func requireTable(_ value: LuaValue, expecting expectation: String, at path: [any CodingKey]) throws -> LuaTable {
        guard case .table(let table) = value else {
            throw mismatch(LuaTable.self, expectation, value, at: path)
        }
        return table
    }

    private func mismatch(_ type: Any.Type, _ expectation: String, _ value: LuaValue, at path: [any CodingKey]) -> DecodingError {
        if value == .nil {
            return DecodingError.valueNotFound(type, context(path, "expected \(expectation), found nil"))
        }
        return DecodingError.typeMismatch(type, context(path, "expected \(expectation), found \(value.codingDescription)"))
    }

    func context(_ path: [any CodingKey], _ message: String) -> DecodingError.Context {
        DecodingError.Context(codingPath: path, debugDescription: "at \(path.dottedPath): \(message)")
    }

    static func describe(_ key: LuaKey) -> String {
        switch key {
        case .string(let name): "\"\(name)\""
        case .integer(let index): "[\(index)]"
        case .boolean(let flag): "[\(flag)]"
        case .number(let number): "[\(number)]"
        }
    }
}
