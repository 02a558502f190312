/// One reason a division is refused by ``DivisionValidator``.
///
/// Grids are named as `grids[N]`, counted from 1 as in the Lua table the script
/// returned; members as `grids[N].members[M]`.
public enum DivisionFailure: Sendable, Hashable, CustomStringConvertible {
    /// More grids than the county allows for one community; checked first, before any
    /// grid is read.
    case tooManyGrids(count: Int, limit: Int)
    /// More members than a valid division could have (each member must bring at least
    /// one household of its own); checked before any member is read.
    case tooManyMembers(count: Int, limit: Int)
    /// More households listed under split members than the community has; checked
    /// before any household is read.
    case tooManyListedHouseholds(count: Int, limit: Int)
    /// The declared bounds are not `0 ≤ min_households ≤ max_households`.
    case invalidBounds(DivisionBounds)
    /// Some grids carry a `number` and others do not.
    case mixedNumbering(gridsWithoutNumber: [Int])
    /// A grid number is outside 1–999.
    case gridNumberOutOfRange(grid: Int, number: Int)
    /// Several grids ask for the same number.
    case duplicateGridNumber(number: Int, grids: [Int])
    /// A grid has no members, or a basic grid has no households in a community that has some.
    case emptyGrid(grid: Int)
    /// Members that are not buildings or natural villages of this community.
    case foreignMembers(grid: Int, unitIDs: [String])
    /// Households listed under a member that are not in that unit.
    case foreignHouseholds(grid: Int, unitID: String, householdIDs: [String])
    /// Households of the community that are in no grid.
    case missingHouseholds([String])
    /// Households that are in more than one grid, each with the grids that hold it.
    case doubledHouseholds([DoubledHousehold])
    /// Units without households (e.g. a school building) that are in no grid.
    case missingUnits([String])
    /// A unit split over grids or into parts where the county does not allow it.
    case splitNotAllowed(unitID: String, unitHouseholds: Int, grids: [Int], splittingAllowed: Bool, maxHouseholds: Int)
    /// A basic grid whose household count is outside the declared bounds.
    case sizeOutOfBounds(grid: Int, households: Int, bounds: DivisionBounds, soleUnitID: String?)
    /// The community itself is inconsistent (a unit or household listed twice); fix the data, not the script.
    case inconsistentCommunity(String)

    /// A household found in several grids.
    public struct DoubledHousehold: Sendable, Hashable {
        /// The household's identifier.
        public var householdID: String
        /// The grids (1-based positions) that hold it.
        public var grids: [Int]

        /// Creates the record of a doubled household.
        public init(householdID: String, grids: [Int]) {
            self.householdID = householdID
            self.grids = grids
        }
    }

    public var description: String {
        switch self {
        case let .tooManyGrids(count, limit):
            return "the division has \(count) grids, above the county's limit of \(limit) per community; return fewer, larger grids or raise max_grids"
        case let .tooManyMembers(count, limit):
            return "the division lists \(count) members, more than the \(limit) a valid division of this community can have; list each building or natural village once (or each part of a split one)"
        case let .tooManyListedHouseholds(count, limit):
            return "the division lists \(count) household ids under split members, more than the \(limit) households of this community; list each household once"
        case let .invalidBounds(bounds):
            return "bounds \(bounds.minHouseholds)–\(bounds.maxHouseholds) are not valid; set 0 ≤ min_households ≤ max_households"
        case let .mixedNumbering(grids):
            return "\(Self.gridList(grids)) have no number while other grids have one; number every grid or none"
        case let .gridNumberOutOfRange(grid, number):
            return "grids[\(grid)].number is \(number); use 1–\(GridCode.highestNumber)"
        case let .duplicateGridNumber(number, grids):
            return "grid number \(number) is used by \(Self.gridList(grids)); give each grid its own number"
        case let .emptyGrid(grid):
            return "grids[\(grid)] is empty; remove it or give it buildings or natural villages with households"
        case let .foreignMembers(grid, unitIDs):
            return "grids[\(grid)].members name units that are not in this community: \(Self.list(unitIDs)); use the unit ids given in community.units"
        case let .foreignHouseholds(grid, unitID, households):
            return "grids[\(grid)] lists households under unit \(unitID) that are not in it: \(Self.list(households)); take household_ids from that unit only"
        case let .missingHouseholds(households):
            return "\(households.count) household(s) are in no grid: \(Self.list(households)); put every household of the community in one grid"
        case let .doubledHouseholds(doubled):
            let shown = doubled.prefix(Self.shownItems).map { "\($0.householdID) (\(Self.gridList($0.grids)))" }
            let more = doubled.count > Self.shownItems ? " and \(doubled.count - Self.shownItems) more" : ""
            return "\(doubled.count) household(s) are in more than one grid: \(shown.joined(separator: ", "))\(more); put each household in exactly one grid"
        case let .missingUnits(units):
            return "units without households are in no grid: \(Self.list(units)); put each building or natural village in a grid"
        case let .splitNotAllowed(unitID, households, grids, allowed, maximum):
            let place = grids.isEmpty ? "" : " (in \(Self.gridList(grids)))"
            if allowed {
                return "unit \(unitID) with \(households) households is split\(place), but only units above max_households \(maximum) may be split; keep it whole"
            }
            return "unit \(unitID) with \(households) households is split\(place), but the county does not allow splitting units; keep it whole or set split_oversized_units"
        case let .sizeOutOfBounds(grid, households, bounds, soleUnit):
            let hint = soleUnit.map { "; it holds only unit \($0), which alone is out of bounds, so allow split_oversized_units or change the bounds" } ?? ""
            return "grids[\(grid)] has \(households) households, outside the declared bounds \(bounds)\(hint)"
        case let .inconsistentCommunity(detail):
            return "the community's data is inconsistent: \(detail); correct the buildings or natural villages before dividing"
        }
    }

    static let shownItems = 10

    static func list(_ items: [String]) -> String {
        let shown = items.prefix(shownItems).joined(separator: ", ")
        return items.count > shownItems ? "\(shown) and \(items.count - shownItems) more" : shown
    }

    static func gridList(_ grids: [Int]) -> String {
        list(grids.map { "grids[\($0)]" })
    }
}
