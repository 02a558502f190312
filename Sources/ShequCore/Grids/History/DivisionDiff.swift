/// What a proposed division changes against the division in force: the preview shown
/// before a division is applied.
///
/// Grids are matched by code (continuing grids keep their code, see ``GridNumbering``).
///
/// ```swift
/// let diff = try history.preview(version: 2)
/// print(diff.summary)   // 新增网格1个，撤销网格0个，调整规模2个，变动住户38户
/// for move in diff.moves { print(move.householdID, move.from?.rawValue ?? "-", move.to?.rawValue ?? "-") }
/// ```
public struct DivisionDiff: Sendable, Hashable, Codable {
    /// The division in force it was compared with, `nil` when the community had none.
    public var fromVersion: Int?
    /// The proposed division.
    public var toVersion: Int
    /// Grids only in the proposed division.
    public var added: [GridSize]
    /// Grids only in the division in force.
    public var removed: [GridSize]
    /// Grids in both whose household count changes.
    public var resized: [GridResize]
    /// Households whose grid changes, in household order.
    public var moves: [HouseholdMove]

    /// Whether the proposal changes nothing.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && resized.isEmpty && moves.isEmpty }

    /// The changes in one sentence for county staff.
    public var summary: String {
        "新增网格\(added.count)个，撤销网格\(removed.count)个，调整规模\(resized.count)个，变动住户\(moves.count)户"
    }

    /// Compares `proposed` with `current` (`nil` when no division is in force).
    public static func between(_ current: GridDivision?, _ proposed: GridDivision) -> DivisionDiff {
        let oldGrids = current?.grids ?? []
        let oldByCode = Dictionary(uniqueKeysWithValues: oldGrids.map { ($0.code, $0) })
        let newByCode = Dictionary(uniqueKeysWithValues: proposed.grids.map { ($0.code, $0) })

        let added = proposed.grids.filter { oldByCode[$0.code] == nil }.map(GridSize.init)
        let removed = oldGrids.filter { newByCode[$0.code] == nil }.map(GridSize.init)
        let resized = proposed.grids.compactMap { grid -> GridResize? in
            guard let old = oldByCode[grid.code], old.householdCount != grid.householdCount else { return nil }
            return GridResize(code: grid.code, name: grid.name, fromHouseholds: old.householdCount,
                              toHouseholds: grid.householdCount)
        }

        var oldGridOf: [String: GridCode] = [:]
        for grid in oldGrids { for household in grid.householdIDs { oldGridOf[household] = grid.code } }
        var newGridOf: [String: GridCode] = [:]
        for grid in proposed.grids { for household in grid.householdIDs { newGridOf[household] = grid.code } }
        let households = Set(oldGridOf.keys).union(newGridOf.keys)
        let moves = households
            .filter { oldGridOf[$0] != newGridOf[$0] }
            .sorted()
            .map { HouseholdMove(householdID: $0, from: oldGridOf[$0], to: newGridOf[$0]) }

        return DivisionDiff(fromVersion: current?.version, toVersion: proposed.version,
                            added: added, removed: removed, resized: resized, moves: moves)
    }

    /// A grid and its size, as added or removed.
    public struct GridSize: Sendable, Hashable, Codable {
        /// The grid's code.
        public var code: GridCode
        /// The grid's readable name.
        public var name: String
        /// Basic or dedicated.
        public var kind: GridKind
        /// Its household count.
        public var households: Int

        init(_ grid: Grid) {
            code = grid.code
            name = grid.name
            kind = grid.kind
            households = grid.householdCount
        }
    }

    /// A grid that continues with another household count.
    public struct GridResize: Sendable, Hashable, Codable {
        /// The grid's code.
        public var code: GridCode
        /// The grid's readable name.
        public var name: String
        /// Households in the division in force.
        public var fromHouseholds: Int
        /// Households in the proposed division.
        public var toHouseholds: Int

        enum CodingKeys: String, CodingKey {
            case code, name
            case fromHouseholds = "from_households"
            case toHouseholds = "to_households"
        }
    }

    /// A household that changes grid; `from` is `nil` for a household new to the
    /// division, `to` is `nil` for one no longer in the community.
    public struct HouseholdMove: Sendable, Hashable, Codable {
        /// The household (`householdID`).
        public var householdID: String
        /// Its grid in the division in force.
        public var from: GridCode?
        /// Its grid in the proposed division.
        public var to: GridCode?

        enum CodingKeys: String, CodingKey {
            case householdID = "household_id"
            case from, to
        }
    }

    enum CodingKeys: String, CodingKey {
        case fromVersion = "from_version"
        case toVersion = "to_version"
        case added, removed, resized, moves
    }
}
