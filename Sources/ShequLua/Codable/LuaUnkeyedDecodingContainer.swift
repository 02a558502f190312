/// Reads the elements of an array from the sequence part of a Lua table.
struct LuaUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoder: LuaValueDecoder
    let elements: [LuaValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(decoder: LuaValueDecoder, elements: [LuaValue], codingPath: [any CodingKey]) {
        self.decoder = decoder
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var currentPath: [any CodingKey] { codingPath + [LuaCodingKey(index: currentIndex)] }

    private func current<T>(_ type: T.Type) throws -> LuaValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, decoder.context(
                currentPath, "the sequence has only \(elements.count) elements"))
        }
        return elements[currentIndex]
    }

    // The closure gets the decoder as an argument so it does not capture self while self mutates.
    private mutating func take<T>(_ read: (LuaValueDecoder, LuaValue, [any CodingKey]) throws -> T) throws -> T {
        let result = try read(decoder, try current(T.self), currentPath)
        currentIndex += 1
        return result
    }

    mutating func decodeNil() throws -> Bool {
        guard try current(LuaValue.self) == .nil else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try take { try $0.bool($1, at: $2) } }
    mutating func decode(_ type: String.Type) throws -> String { try take { try $0.string($1, at: $2) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try take { try $0.float($1, as: type, at: $2) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try take { try $0.float($1, as: type, at: $2) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try take { try $0.integer($1, as: type, at: $2) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try take { try $0.integer($1, as: type, at: $2) } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try take { try $0.unbox($1, as: type, at: $2) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try take { try $0.nestedDecoder(for: $1, at: $2).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try take { try $0.nestedDecoder(for: $1, at: $2).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try take { $0.nestedDecoder(for: $1, at: $2) }
    }
}
