/// A building (楼栋) or natural village (自然村) inside a community: the place households live.
///
/// Its identity is its name under its community, so the same file always yields the same dwelling.
///
/// ```swift
/// let building = Dwelling(communityID: "411502001/义阳居委会", kind: .building, name: "3号楼")
/// building.id.rawValue  // "411502001/义阳居委会/3号楼"
/// ```
public struct Dwelling: Sendable, Hashable, Codable, Identifiable {
    /// The community's identity, a slash and the name.
    public var id: DwellingID
    /// The community or village the dwelling belongs to.
    public var communityID: DivisionID
    /// Building or natural village.
    public var kind: DwellingKind
    /// e.g. `3号楼` or `王庄`.
    public var name: String

    /// A dwelling named `name` in `communityID`; the identity follows from both.
    public init(communityID: DivisionID, kind: DwellingKind, name: String) {
        self.id = DwellingID(rawValue: "\(communityID.rawValue)/\(name)")
        self.communityID = communityID
        self.kind = kind
        self.name = name
    }
}

/// The stable identity of a ``Dwelling``: its community's identity, a slash and its name.
public struct DwellingID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: DwellingID, rhs: DwellingID) -> Bool { lhs.rawValue < rhs.rawValue }
}
