/// The identifier of a community or village (社区/村), usually its 12-digit statistical
/// division code, whose residents' or villagers' committee owns a convention.
///
/// ```swift
/// let village = CommunityID("411522100201")
/// ```
public struct CommunityID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The code as written, e.g. `411522100201`.
    public let rawValue: String

    /// Wraps a code.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: CommunityID, rhs: CommunityID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
