import Foundation

/// Encodes `Encodable` Swift values as ``LuaValue``s, ready to hand to a Lua plugin.
///
/// Structs and dictionaries become tables, arrays become sequences, every Swift
/// integer type becomes a Lua integer and `Float`/`Double` become Lua floats.
/// `nil` optionals leave their key out, as a `nil` field is absent in Lua.
/// Dictionaries keyed by `Int` use integer table keys; `[Int: V]` with keys
/// `1...n` is therefore a sequence.
///
/// Foundation values: `Date` follows ``dateStrategy``; `Data` is a base64 string;
/// `URL` is its absolute string; `Decimal` is an integer when whole and within
/// `Int64`, otherwise a float (nearest `Double`). A ``LuaValue`` or ``LuaTable``
/// property is passed through as is.
///
/// ```swift
/// struct Household: Codable { var head: String; var members: Int; var tags: [String] }
/// let value = try LuaEncoder().encode(Household(head: "李四", members: 3, tags: ["低保"]))
/// // { head = "李四", members = 3, tags = { "低保" } }
/// ```
///
/// Errors are `EncodingError.invalidValue` with the coding path: a `UInt64` above
/// `Int64.max`, `nil` inside an array (a Lua sequence cannot hold `nil`), or values
/// nesting deeper than ``maxDepth``.
public struct LuaEncoder: Sendable {
    /// How dates are written; ISO 8601 strings by default.
    public var dateStrategy: LuaDateStrategy
    /// The deepest nesting of values accepted, so runaway recursive values fail cleanly.
    public var maxDepth: Int
    /// Context handed to `encode(to:)` implementations through `Encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates an encoder.
    ///
    /// - Parameters:
    ///   - dateStrategy: How dates are written (default ``LuaDateStrategy/iso8601``).
    ///   - maxDepth: The deepest nesting of values accepted (default 64).
    ///   - userInfo: Context for `encode(to:)` implementations.
    public init(dateStrategy: LuaDateStrategy = .iso8601,
                maxDepth: Int = 64,
                userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.dateStrategy = dateStrategy
        self.maxDepth = maxDepth
        self.userInfo = userInfo
    }

    /// Encodes a value as a Lua value.
    ///
    /// - Throws: `EncodingError.invalidValue` naming the coding path of a value
    ///   that has no Lua form.
    public func encode<T: Encodable>(_ value: T) throws -> LuaValue {
        let encoder = LuaValueEncoder(options: LuaEncodingOptions(self), codingPath: [], depth: 0)
        return try encoder.box(value, at: []).resolve()
    }
}

/// The settings of one encoding run, shared by every nested encoder.
struct LuaEncodingOptions {
    let dateStrategy: LuaDateStrategy
    let maxDepth: Int
    let userInfo: [CodingUserInfoKey: Any]

    init(_ encoder: LuaEncoder) {
        dateStrategy = encoder.dateStrategy
        maxDepth = encoder.maxDepth
        userInfo = encoder.userInfo
    }
}
