/// A division that passed ``DivisionValidator``: numbered, named grids that partition
/// the community's households. Only a validated division can enter a ``DivisionHistory``.
public struct ValidatedDivision: Sendable, Hashable, Codable {
    /// The community divided: its 12-digit statistical code or name path.
    public var communityCode: String
    /// The community's official name, used in grid names.
    public var communityName: String
    /// The township's official name, used in grid names.
    public var townshipName: String
    /// The bounds the division declared for basic grids.
    public var bounds: DivisionBounds
    /// The grids, in number order.
    public var grids: [Grid]
    /// Whether the script chose the grid numbers; when `false` the host numbers the
    /// grids, keeping the numbers of continuing grids (see ``GridNumbering``).
    public var numbersChosenByScript: Bool

    /// The grids, looked up by household. Built once per call; keep the result when asking often.
    public func gridCodeByHousehold() -> [String: GridCode] {
        var result: [String: GridCode] = [:]
        result.reserveCapacity(grids.reduce(0) { $0 + $1.householdCount })
        for grid in grids {
            for household in grid.householdIDs { result[household] = grid.code }
        }
        return result
    }

    // Created only by the validator and by renumbering.
    init(communityCode: String, communityName: String, townshipName: String, bounds: DivisionBounds,
         grids: [Grid], numbersChosenByScript: Bool) {
        self.communityCode = communityCode
        self.communityName = communityName
        self.townshipName = townshipName
        self.bounds = bounds
        self.grids = grids
        self.numbersChosenByScript = numbersChosenByScript
    }

    enum CodingKeys: String, CodingKey {
        case communityCode = "community_code"
        case communityName = "community_name"
        case townshipName = "township_name"
        case bounds, grids
        case numbersChosenByScript = "numbers_chosen_by_script"
    }
}
