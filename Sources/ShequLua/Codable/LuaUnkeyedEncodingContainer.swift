/// Appends the elements of an array to the sequence part of a Lua table.
struct LuaUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let encoder: LuaValueEncoder
    let builder: LuaTableBuilder
    let codingPath: [any CodingKey]

    var count: Int { builder.sequence.count }

    private var nextPath: [any CodingKey] { codingPath + [LuaCodingKey(index: count)] }

    private func append(_ value: LuaValue) {
        builder.sequence.append(.value(value))
    }

    mutating func encodeNil() throws {
        let path = nextPath
        throw EncodingError.invalidValue(LuaValue.nil, EncodingError.Context(
            codingPath: path,
            debugDescription: "at \(path.dottedPath): a Lua sequence cannot hold nil; drop the nil or use a keyed table"))
    }

    mutating func encode(_ value: Bool) throws { append(.boolean(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.number(value)) }
    mutating func encode(_ value: Float) throws { append(LuaValueEncoder.float(value)) }
    mutating func encode(_ value: Int) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: UInt16) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: UInt32) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: UInt) throws { append(try LuaValueEncoder.integer(value, at: nextPath)) }
    mutating func encode(_ value: UInt64) throws { append(try LuaValueEncoder.integer(value, at: nextPath)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        builder.sequence.append(try encoder.box(value, at: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = LuaTableBuilder(codingPath: nextPath)
        builder.sequence.append(.table(nested))
        return KeyedEncodingContainer(LuaKeyedEncodingContainer<NestedKey>(encoder: encoder, builder: nested, codingPath: nested.codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = LuaTableBuilder(codingPath: nextPath)
        builder.sequence.append(.table(nested))
        return LuaUnkeyedEncodingContainer(encoder: encoder, builder: nested, codingPath: nested.codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = encoder.nestedEncoder(at: nextPath)
        builder.sequence.append(.encoder(child))
        return child
    }
}
