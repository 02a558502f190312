/// `LuaValue` and `LuaTable` are `Codable`, so Swift types can carry raw Lua data
/// (a plugin's free-form result, say) in a property.
///
/// ``LuaEncoder`` and ``LuaDecoder`` pass such properties through unchanged. Other
/// coders get a best-effort mapping: sequences as arrays, other tables as keyed
/// containers (integer keys by their number, boolean and float keys refused), and
/// numbers decoded as integers when the format says they are whole.
///
/// ```swift
/// struct PluginResult: Codable { var plugin: String; var output: LuaValue }
/// ```
extension LuaValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .nil
        } else if let flag = try? container.decode(Bool.self) {
            self = .boolean(flag)
        } else if let integer = try? container.decode(Int64.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .table(try container.decode(LuaTable.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .nil: try container.encodeNil()
        case .boolean(let flag): try container.encode(flag)
        case .integer(let integer): try container.encode(integer)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .table(let table): try container.encode(table)
        }
    }
}

extension LuaTable: Codable {
    public init(from decoder: any Decoder) throws {
        if var sequence = try? decoder.unkeyedContainer() {
            var array: [LuaValue] = []
            while !sequence.isAtEnd {
                array.append(try sequence.decode(LuaValue.self))
            }
            self.init(array: array)
            return
        }
        let container = try decoder.container(keyedBy: LuaCodingKey.self)
        var table = LuaTable()
        for key in container.allKeys {
            let value = try container.decode(LuaValue.self, forKey: key)
            table[.string(key.stringValue)] = value
        }
        self = table
    }

    public func encode(to encoder: any Encoder) throws {
        if fields.isEmpty && !array.isEmpty {
            var sequence = encoder.unkeyedContainer()
            for value in array { try sequence.encode(value) }
            return
        }
        var container = encoder.container(keyedBy: LuaCodingKey.self)
        for (key, value) in sortedEntries {
            switch key {
            case .string(let name):
                try container.encode(value, forKey: LuaCodingKey(stringValue: name))
            case .integer(let index) where Int(exactly: index) != nil:
                try container.encode(value, forKey: LuaCodingKey(intValue: Int(index)))
            default:
                throw EncodingError.invalidValue(value, EncodingError.Context(
                    codingPath: encoder.codingPath,
                    debugDescription: "a table key \(key.value.codingDescription) has no Codable form; use string or integer keys"))
            }
        }
    }
}
