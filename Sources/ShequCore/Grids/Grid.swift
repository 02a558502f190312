/// A grid (网格): the smallest area of community governance, served by grid workers
/// (Art. 34).
///
/// A grid belongs to exactly one community, never directly to a township or county. It
/// holds buildings (urban) or natural villages (rural) as ``members``, and through them
/// households. Grids are made by a division (``BuiltInDivision`` or a county's Lua
/// plugin), checked by ``DivisionValidator`` and kept in a ``DivisionHistory``.
///
/// ```swift
/// let validated = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
/// for grid in validated.grids {
///     print(grid.code, grid.name, grid.householdCount)   // 411502001001001 老城街道义阳社区第1网格 312
/// }
/// ```
public struct Grid: Sendable, Hashable, Codable, Identifiable {
    /// The stable code, e.g. `411502001001003`.
    public var code: GridCode
    /// The readable name, e.g. "老城街道义阳社区第3网格".
    public var name: String
    /// Basic or dedicated.
    public var kind: GridKind
    /// The buildings or natural villages in the grid, in address order.
    public var members: [GridMember]

    /// Creates a grid.
    public init(code: GridCode, name: String, kind: GridKind, members: [GridMember]) {
        self.code = code
        self.name = name
        self.kind = kind
        self.members = members
    }

    public var id: GridCode { code }

    /// The community the grid belongs to: its 12-digit statistical code or name path.
    public var communityCode: String { code.communityCode }

    /// The grid number within the community.
    public var number: Int { code.number }

    /// The number of households in the grid.
    public var householdCount: Int { members.reduce(0) { $0 + $1.householdIDs.count } }

    /// The households in the grid (`householdID`s), member by member.
    public var householdIDs: [String] { members.flatMap(\.householdIDs) }

    enum CodingKeys: String, CodingKey {
        case code, name, kind, members
    }
}
