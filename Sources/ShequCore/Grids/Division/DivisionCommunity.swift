/// A community as a division receives it: its buildings or natural villages with their
/// households. This is the `community` argument of the Lua hook `divide(community, ctx)`.
///
/// In Lua:
///
/// ```lua
/// community = {
///   community_code = "411502001001", community_name = "义阳居委会",
///   township_name = "老城街道办事处", kind = "urban",
///   units = { { id = "B-3", kind = "building", address = "义阳路3号楼",
///               household_ids = { "H-1", "H-2" }, household_count = 2 } },
/// }
/// ```
public struct DivisionCommunity: Sendable, Hashable, Codable {
    /// The community's identifier: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The community's official name, e.g. "义阳居委会".
    public var communityName: String
    /// The township's or street office's official name, e.g. "老城街道办事处".
    public var townshipName: String
    /// Urban or rural.
    public var kind: CommunityKind
    /// The community's buildings or natural villages.
    public var units: [DivisionUnit]

    /// Creates a community to divide.
    public init(communityCode: String, communityName: String, townshipName: String,
                kind: CommunityKind, units: [DivisionUnit]) {
        self.communityCode = communityCode
        self.communityName = communityName
        self.townshipName = townshipName
        self.kind = kind
        self.units = units
    }

    /// The number of households in the community.
    public var householdCount: Int { units.reduce(0) { $0 + $1.householdCount } }

    enum CodingKeys: String, CodingKey {
        case communityCode = "community_code"
        case communityName = "community_name"
        case townshipName = "township_name"
        case kind, units
    }
}
