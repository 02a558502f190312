/// A county's parameters for dividing its communities into grids; the `ctx.params` a
/// Lua division receives, and what ``BuiltInDivision`` follows.
///
/// No national rule fixes a grid's size: Henan practice ranges from micro-grids of
/// 30–50 households to urban grids of a few hundred, and one natural village per rural
/// grid. In Lua:
///
/// ```lua
/// ctx.params = { target_households = 300, min_households = 100, max_households = 500,
///                split_oversized_units = false, max_grids = 200 }
/// ```
///
/// ```swift
/// let urban = DivisionParameters(targetHouseholds: 300, minHouseholds: 100, maxHouseholds: 500)
/// ```
public struct DivisionParameters: Sendable, Hashable, Codable {
    /// The household count a basic grid aims at.
    public var targetHouseholds: Int
    /// The fewest households a basic grid may hold (not applied when the community has a single grid).
    public var minHouseholds: Int
    /// The most households a basic grid may hold.
    public var maxHouseholds: Int
    /// Whether a building or natural village with more households than
    /// ``maxHouseholds`` may be split over several grids. When `false`, such a unit stays
    /// whole in one grid and the division is refused as out of bounds.
    public var splitsOversizedUnits: Bool
    /// The most grids one community may have, at most ``GridCode/highestNumber``.
    public var maxGrids: Int

    /// Creates parameters; `maxGrids` is clamped to 1–999, the grid-number space.
    public init(targetHouseholds: Int, minHouseholds: Int, maxHouseholds: Int,
                splitsOversizedUnits: Bool = false, maxGrids: Int = GridCode.highestNumber) {
        self.targetHouseholds = targetHouseholds
        self.minHouseholds = minHouseholds
        self.maxHouseholds = maxHouseholds
        self.splitsOversizedUnits = splitsOversizedUnits
        self.maxGrids = min(max(1, maxGrids), GridCode.highestNumber)
    }

    /// The bounds these parameters declare for basic grids.
    public var bounds: DivisionBounds {
        DivisionBounds(minHouseholds: minHouseholds, maxHouseholds: maxHouseholds)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            targetHouseholds: try container.decode(Int.self, forKey: .targetHouseholds),
            minHouseholds: try container.decode(Int.self, forKey: .minHouseholds),
            maxHouseholds: try container.decode(Int.self, forKey: .maxHouseholds),
            splitsOversizedUnits: try container.decodeIfPresent(Bool.self, forKey: .splitsOversizedUnits) ?? false,
            maxGrids: try container.decodeIfPresent(Int.self, forKey: .maxGrids) ?? GridCode.highestNumber
        )
    }

    enum CodingKeys: String, CodingKey {
        case targetHouseholds = "target_households"
        case minHouseholds = "min_households"
        case maxHouseholds = "max_households"
        case splitsOversizedUnits = "split_oversized_units"
        case maxGrids = "max_grids"
    }
}
