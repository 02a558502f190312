import Foundation

/// Decodes `Decodable` Swift values from ``LuaValue``s returned by Lua plugins.
///
/// The reverse of ``LuaEncoder``: tables decode as structs and dictionaries,
/// sequences as arrays (an empty table decodes as an empty array), Lua integers
/// as any Swift integer type within range, and Lua numbers of either subtype as
/// `Double` or `Float`. An absent key decodes as `nil` for optionals; keys the
/// type does not know are ignored.
///
/// Integers are strict by default: a Lua float such as `3.0` is not accepted for
/// an `Int` field unless ``integerStrategy`` is ``IntegerStrategy/acceptIntegralFloats``.
///
/// ```swift
/// struct Verdict: Decodable { var allowed: Bool; var score: Int; var reason: String? }
/// let verdict = try LuaDecoder().decode(Verdict.self, from: ["allowed": true, "score": 80])
/// // Verdict(allowed: true, score: 80, reason: nil)
/// ```
///
/// Errors are `DecodingError`s whose context has the coding path and whose
/// description names the path and what was found, in Lua type names:
/// `at members[2].age: expected an integer, found number (float 3.5)`.
public struct LuaDecoder: Sendable {
    /// Whether a Lua float may be decoded into a Swift integer type.
    public enum IntegerStrategy: Sendable, Hashable {
        /// Only Lua integers decode as Swift integers; `3.0` is a type mismatch.
        case strict
        /// Floats with no fractional part (`3.0`) are accepted too, within range.
        case acceptIntegralFloats
    }

    /// Whether a Lua float may be decoded into a Swift integer type; strict by default.
    public var integerStrategy: IntegerStrategy
    /// How dates are read; ISO 8601 strings by default.
    public var dateStrategy: LuaDateStrategy
    /// Context handed to `init(from:)` implementations through `Decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates a decoder.
    ///
    /// - Parameters:
    ///   - integerStrategy: Whether integral floats decode as integers (default ``IntegerStrategy/strict``).
    ///   - dateStrategy: How dates are read (default ``LuaDateStrategy/iso8601``).
    ///   - userInfo: Context for `init(from:)` implementations.
    public init(integerStrategy: IntegerStrategy = .strict,
                dateStrategy: LuaDateStrategy = .iso8601,
                userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.integerStrategy = integerStrategy
        self.dateStrategy = dateStrategy
        self.userInfo = userInfo
    }

    /// Decodes a value of the given type from a Lua value.
    ///
    /// - Throws: `DecodingError` naming the coding path and the Lua type found.
    public func decode<T: Decodable>(_ type: T.Type, from value: LuaValue) throws -> T {
        let decoder = LuaValueDecoder(value: value, options: LuaDecodingOptions(self), codingPath: [])
        return try decoder.unbox(value, as: T.self, at: [])
    }
}

/// The settings of one decoding run, shared by every nested decoder.
struct LuaDecodingOptions {
    let integerStrategy: LuaDecoder.IntegerStrategy
    let dateStrategy: LuaDateStrategy
    let userInfo: [CodingUserInfoKey: Any]

    init(_ decoder: LuaDecoder) {
        integerStrategy = decoder.integerStrategy
        dateStrategy = decoder.dateStrategy
        userInfo = decoder.userInfo
    }
}
