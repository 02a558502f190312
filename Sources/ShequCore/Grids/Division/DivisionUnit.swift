/// A building or natural village as a division sees it: the households it holds, its
/// address and, when known, where it is.
///
/// Units are kept whole by a division unless the county allows splitting large ones
/// (``DivisionParameters/splitsOversizedUnits``). In Lua:
///
/// ```lua
/// { id = "B-12", kind = "building", address = "义阳路12号楼",
///   household_ids = { "H-1", "H-2" }, household_count = 2,
///   coordinate = { lon = 114.07, lat = 32.12 } }
/// ```
public struct DivisionUnit: Sendable, Hashable, Codable {
    /// The unit's identifier: a `buildingID` or a natural village's ID.
    public var id: String
    /// Building or natural village.
    public var kind: DivisionUnitKind
    /// The address used for ordering, e.g. "义阳路12号楼" or "黄湾村民组".
    public var address: String
    /// The households in the unit (`householdID`s).
    public var householdIDs: [String]
    /// The number of households, `householdIDs.count`, given so a script need not count.
    public var householdCount: Int
    /// Where the unit is, when known.
    public var coordinate: GeoCoordinate?
    /// Set when the unit is an institution or site that gets a dedicated grid
    /// (a school, market, hospital or industrial park); `nil` for homes.
    public var dedicated: GridKind?

    /// Creates a unit; ``householdCount`` is taken from `householdIDs`.
    public init(id: String, kind: DivisionUnitKind, address: String, householdIDs: [String],
                coordinate: GeoCoordinate? = nil, dedicated: GridKind? = nil) {
        self.id = id
        self.kind = kind
        self.address = address
        self.householdIDs = householdIDs
        self.householdCount = householdIDs.count
        self.coordinate = coordinate
        self.dedicated = dedicated
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(DivisionUnitKind.self, forKey: .kind)
        address = try container.decode(String.self, forKey: .address)
        householdIDs = try container.decodeIfPresent([String].self, forKey: .householdIDs) ?? []
        // The count always follows the list, so the two can never disagree.
        householdCount = householdIDs.count
        coordinate = try container.decodeIfPresent(GeoCoordinate.self, forKey: .coordinate)
        dedicated = try container.decodeIfPresent(GridKind.self, forKey: .dedicated)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, address
        case householdIDs = "household_ids"
        case householdCount = "household_count"
        case coordinate, dedicated
    }
}
