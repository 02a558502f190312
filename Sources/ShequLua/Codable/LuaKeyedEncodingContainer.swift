/// Writes the fields of a struct or dictionary into a Lua table.
struct LuaKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: LuaValueEncoder
    let builder: LuaTableBuilder
    let codingPath: [any CodingKey]

    private func set(_ value: LuaValue, for key: Key) {
        builder.fields[encoder.luaKey(for: key)] = .value(value)
    }

    mutating func encodeNil(forKey key: Key) throws {
        // nil in Lua means "no such key".
        builder.fields.removeValue(forKey: encoder.luaKey(for: key))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.boolean(value), for: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), for: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.number(value), for: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(LuaValueEncoder.float(value), for: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), for: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }

    mutating func encode(_ value: UInt, forKey key: Key) throws {
        set(try LuaValueEncoder.integer(value, at: codingPath + [key]), for: key)
    }

    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        set(try LuaValueEncoder.integer(value, at: codingPath + [key]), for: key)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        builder.fields[encoder.luaKey(for: key)] = try encoder.box(value, at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [key]
        let nested = LuaTableBuilder(codingPath: path)
        builder.fields[encoder.luaKey(for: key)] = .table(nested)
        return KeyedEncodingContainer(LuaKeyedEncodingContainer<NestedKey>(encoder: encoder, builder: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let path = codingPath + [key]
        let nested = LuaTableBuilder(codingPath: path)
        builder.fields[encoder.luaKey(for: key)] = .table(nested)
        return LuaUnkeyedEncodingContainer(encoder: encoder, builder: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(at: LuaCodingKey.super)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(at: key)
    }

    private func superEncoder(at key: any CodingKey) -> any Encoder {
        let child = encoder.nestedEncoder(at: codingPath + [key])
        builder.fields[encoder.luaKey(for: key)] = .encoder(child)
        return child
    }
}
