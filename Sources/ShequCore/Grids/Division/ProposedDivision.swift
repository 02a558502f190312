/// A division as a division script returns it, before the host checks it: the value
/// the Lua hook `divide(community, ctx)` returns and ``BuiltInDivision`` produces.
///
/// ```lua
/// return {
///   bounds = { min_households = 100, max_households = 500 },
///   grids = {
///     { kind = "basic", members = { { unit_id = "B-3" }, { unit_id = "B-12" } } },
///     { kind = "basic", members = { { unit_id = "V-1", household_ids = { "H-7", "H-8" } } } },
///   },
/// }
/// ```
///
/// Nothing in it is trusted: ``DivisionValidator`` checks it against the community.
public struct ProposedDivision: Sendable, Hashable, Codable {
    /// The household-count bounds the script declares for its basic grids.
    public var bounds: DivisionBounds
    /// The grids, in the order the script wants them numbered.
    public var grids: [ProposedGrid]

    /// Creates a proposed division.
    public init(bounds: DivisionBounds, grids: [ProposedGrid]) {
        self.bounds = bounds
        self.grids = grids
    }
}

/// One grid of a ``ProposedDivision``.
public struct ProposedGrid: Sendable, Hashable, Codable {
    /// The grid number the script asks for, or `nil` to let the host number the grid
    /// (keeping the numbers of the current division where grids continue).
    public var number: Int?
    /// Basic (the default in Lua when `kind` is left out) or dedicated.
    public var kind: GridKind
    /// The buildings or natural villages in the grid.
    public var members: [ProposedGridMember]

    /// Creates a proposed grid.
    public init(number: Int? = nil, kind: GridKind = .basic, members: [ProposedGridMember]) {
        self.number = number
        self.kind = kind
        self.members = members
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decodeIfPresent(Int.self, forKey: .number)
        kind = try container.decodeIfPresent(GridKind.self, forKey: .kind) ?? .basic
        members = try container.decodeIfPresent([ProposedGridMember].self, forKey: .members) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case number, kind, members
    }
}

/// A member of a ``ProposedGrid``: a whole unit, or part of a unit when `householdIDs` is set.
public struct ProposedGridMember: Sendable, Hashable, Codable {
    /// The building's or natural village's identifier.
    public var unitID: String
    /// The households of the unit taken into this grid, or `nil` for the whole unit.
    public var householdIDs: [String]?

    /// Creates a member: the whole unit, or the listed part of it.
    public init(unitID: String, householdIDs: [String]? = nil) {
        self.unitID = unitID
        self.householdIDs = householdIDs
    }

    enum CodingKeys: String, CodingKey {
        case unitID = "unit_id"
        case householdIDs = "household_ids"
    }
}
