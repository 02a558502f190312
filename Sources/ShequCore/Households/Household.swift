/// A household (户) registered in a community, with its dwelling and address.
///
/// ```swift
/// let household = Household(
///     id: "H-0001", communityID: "411502001/义阳居委会",
///     dwellingID: nil, address: "胜利路12号")
/// ```
public struct Household: Sendable, Hashable, Codable, Identifiable {
    /// Stable identity given by the source system or the generator.
    public var id: HouseholdID
    /// The community or village the household belongs to.
    public var communityID: DivisionID
    /// The building or natural village, when known.
    public var dwellingID: DwellingID?
    /// Street address or room, as residents write it.
    public var address: String

    public init(id: HouseholdID, communityID: DivisionID, dwellingID: DwellingID? = nil, address: String) {
        self.id = id
        self.communityID = communityID
        self.dwellingID = dwellingID
        self.address = address
    }
}

/// The stable identity of a ``Household``.
public struct HouseholdID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: HouseholdID, rhs: HouseholdID) -> Bool { lhs.rawValue < rhs.rawValue }
}
