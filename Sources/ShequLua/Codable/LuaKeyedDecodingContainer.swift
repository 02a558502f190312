/// Reads the fields of a struct or dictionary from a Lua table.
struct LuaKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: LuaValueDecoder
    let table: LuaTable
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        table.sortedEntries.compactMap { entry in
            switch entry.key {
            case .string(let name): Key(stringValue: name)
            case .integer(let index): Int(exactly: index).flatMap { Key(intValue: $0) } ?? Key(stringValue: String(index))
            case .boolean, .number: nil
            }
        }
    }

    private func lookup(_ key: Key) -> LuaValue? {
        let luaKey = key.luaKey
        if let value = table[luaKey] { return value }
        // An Int-keyed dictionary read back from JSON has string keys "1", "2", ...
        if case .integer = luaKey { return table[.string(key.stringValue)] }
        return nil
    }

    private func require(_ key: Key) throws -> LuaValue {
        guard let value = lookup(key), value != .nil else {
            let path = codingPath + [key]
            let known = table.fields.keys.sorted().prefix(8).map(LuaValueDecoder.describe).joined(separator: ", ")
            let hint = known.isEmpty ? "the table has no named keys" : "the table has keys \(known)"
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "at \(path.dottedPath): no value for key \"\(key.stringValue)\" (Lua nil); \(hint)"))
        }
        return value
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    func contains(_ key: Key) -> Bool {
        if let value = lookup(key) { value != .nil } else { false }
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        // An absent key is Lua nil.
        (lookup(key) ?? .nil) == .nil
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.bool(try require(key), at: path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.string(try require(key), at: path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.float(try require(key), as: type, at: path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.float(try require(key), as: type, at: path(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.integer(try require(key), as: type, at: path(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.integer(try require(key), as: type, at: path(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.unbox(try require(key), as: type, at: path(key))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.nestedDecoder(for: try require(key), at: path(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.nestedDecoder(for: try require(key), at: path(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder.nestedDecoder(for: table[LuaCodingKey.super.luaKey] ?? .nil, at: codingPath + [LuaCodingKey.super])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder.nestedDecoder(for: lookup(key) ?? .nil, at: path(key))
    }
}
