/// The household-count bounds a division declares for its basic grids.
///
/// In Lua: `bounds = { min_households = 100, max_households = 500 }`.
public struct DivisionBounds: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fewest households a basic grid may hold.
    public var minHouseholds: Int
    /// The most households a basic grid may hold.
    public var maxHouseholds: Int

    /// Creates bounds.
    public init(minHouseholds: Int, maxHouseholds: Int) {
        self.minHouseholds = minHouseholds
        self.maxHouseholds = maxHouseholds
    }

    /// Whether `count` households fit.
    public func contains(_ count: Int) -> Bool { count >= minHouseholds && count <= maxHouseholds }

    public var description: String { "\(minHouseholds)–\(maxHouseholds)" }

    enum CodingKeys: String, CodingKey {
        case minHouseholds = "min_households"
        case maxHouseholds = "max_households"
    }
}
