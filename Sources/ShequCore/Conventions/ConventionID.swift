/// The identifier of a convention, stable across all its versions.
///
/// ```swift
/// let id = ConventionID("411522100201-cgmy")
/// ```
public struct ConventionID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The identifier as written.
    public let rawValue: String

    /// Wraps an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: ConventionID, rhs: ConventionID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
