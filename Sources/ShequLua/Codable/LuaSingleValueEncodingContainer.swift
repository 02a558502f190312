/// Writes a single value, such as an enum's raw value, as the encoder's whole result.
struct LuaSingleValueEncodingContainer: SingleValueEncodingContainer {
    let encoder: LuaValueEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ value: LuaValue) {
        encoder.root = .value(value)
    }

    mutating func encodeNil() throws { set(.nil) }
    mutating func encode(_ value: Bool) throws { set(.boolean(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.number(value)) }
    mutating func encode(_ value: Float) throws { set(LuaValueEncoder.float(value)) }
    mutating func encode(_ value: Int) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: UInt16) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: UInt32) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: UInt) throws { set(try LuaValueEncoder.integer(value, at: codingPath)) }
    mutating func encode(_ value: UInt64) throws { set(try LuaValueEncoder.integer(value, at: codingPath)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.root = try encoder.box(value, at: codingPath)
    }
}
