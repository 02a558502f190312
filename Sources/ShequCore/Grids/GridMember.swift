/// A building or natural village in a grid, with the households it brings.
///
/// A member is normally a whole unit. When a county allows splitting units larger than
/// its bound, a member can be part of a unit: ``isWholeUnit`` is then `false` and
/// ``householdIDs`` lists the part.
public struct GridMember: Sendable, Hashable, Codable {
    /// The building's or natural village's identifier (a `buildingID` or natural-village ID).
    public var unitID: String
    /// Whether the unit is a building or a natural village.
    public var unitKind: DivisionUnitKind
    /// The unit's address, e.g. "义阳路12号楼" or "吴家店村黄湾组".
    public var address: String
    /// The households this member brings to the grid (`householdID`s).
    public var householdIDs: [String]
    /// Whether the whole unit is in this grid (`false` for a part of a split unit).
    public var isWholeUnit: Bool
    /// The unit's location, when known.
    public var coordinate: GeoCoordinate?

    /// Creates a member.
    public init(unitID: String, unitKind: DivisionUnitKind, address: String, householdIDs: [String],
                isWholeUnit: Bool, coordinate: GeoCoordinate? = nil) {
        self.unitID = unitID
        self.unitKind = unitKind
        self.address = address
        self.householdIDs = householdIDs
        self.isWholeUnit = isWholeUnit
        self.coordinate = coordinate
    }

    enum CodingKeys: String, CodingKey {
        case unitID = "unit_id"
        case unitKind = "unit_kind"
        case address
        case householdIDs = "household_ids"
        case isWholeUnit = "whole_unit"
        case coordinate
    }
}
