/// The division Shequ applies for counties without a division plugin: basic grids by a
/// household-count target, keeping buildings and natural villages whole, in address order.
///
/// The rules, in order:
///
/// 1. Each unit marked ``DivisionUnit/dedicated`` (a school, market, hospital or
///    industrial park) becomes a dedicated grid of its own, first, in address order.
/// 2. The other units are taken in ``AddressOrder`` and filled into basic grids. A grid
///    is closed before the next unit when that unit would take it above
///    ``DivisionParameters/maxHouseholds``, or when the grid has reached the minimum and
///    adding the unit would take it farther from the target than it already is.
/// 3. A unit with more households than the maximum is split into the fewest nearly equal
///    parts that fit, each its own grid, only when
///    ``DivisionParameters/splitsOversizedUnits`` is `true`. Otherwise it stays whole in
///    a grid of its own, and ``DivisionValidator`` refuses the division as out of bounds,
///    naming the unit, so the county either allows splitting or raises its maximum.
/// 4. A grid left below the minimum is merged into its smaller neighbour when the two
///    fit under the maximum, or else into the nearest grid with room (the one place where
///    address order gives way). If no grid has room, the division is refused as out of
///    bounds and the county must widen its bounds.
///
/// Grid numbers are left to the host (``ProposedGrid/number`` is `nil`).
///
/// ```swift
/// let parameters = DivisionParameters(targetHouseholds: 300, minHouseholds: 100, maxHouseholds: 500)
/// let proposal = BuiltInDivision.divide(community, parameters: parameters)
/// let grids = try DivisionValidator.validate(proposal, of: community, parameters: parameters).grids
/// ```
public enum BuiltInDivision {
    /// Divides `community` by the county's `parameters`.
    public static func divide(_ community: DivisionCommunity, parameters: DivisionParameters) -> ProposedDivision {
        let ordered = AddressOrder.sorted(community.units, address: \.address, tieBreak: { $0.id < $1.id })
        var grids: [ProposedGrid] = []
        for unit in ordered {
            if let kind = unit.dedicated, kind.isDedicated {
                grids.append(ProposedGrid(kind: kind, members: [ProposedGridMember(unitID: unit.id)]))
            }
        }

        let maximum = max(1, parameters.maxHouseholds)
        let target = min(max(1, parameters.targetHouseholds), maximum)
        var basic: [[ProposedGridMember]] = []
        var sizes: [Int] = []
        var current: [ProposedGridMember] = []
        var currentSize = 0

        func close() {
            guard !current.isEmpty else { return }
            basic.append(current)
            sizes.append(currentSize)
            current = []
            currentSize = 0
        }

        for unit in ordered where unit.dedicated?.isDedicated != true {
            let size = unit.householdCount
            if size > maximum {
                close()
                if parameters.splitsOversizedUnits {
                    for part in split(unit.householdIDs, target: target, maximum: maximum) {
                        basic.append([ProposedGridMember(unitID: unit.id, householdIDs: part)])
                        sizes.append(part.count)
                    }
                } else {
                    basic.append([ProposedGridMember(unitID: unit.id)])
                    sizes.append(size)
                }
                continue
            }
            if !current.isEmpty {
                let overflows = currentSize + size > maximum
                let driftsAway = currentSize >= parameters.minHouseholds
                    && abs(currentSize + size - target) > abs(currentSize - target)
                if overflows || driftsAway { close() }
            }
            current.append(ProposedGridMember(unitID: unit.id))
            currentSize += size
        }
        close()

        mergeSmallGrids(&basic, &sizes, minimum: parameters.minHouseholds, maximum: maximum)

        grids += basic.map { ProposedGrid(kind: .basic, members: $0) }
        return ProposedDivision(bounds: parameters.bounds, grids: grids)
    }

    /// Merges each basic grid below the minimum into a neighbour (the smaller one first)
    /// when the two fit under the maximum; a grid that fits nowhere stays as it is.
    private static func mergeSmallGrids(_ grids: inout [[ProposedGridMember]], _ sizes: inout [Int],
                                        minimum: Int, maximum: Int) {
        var index = 0
        while index < grids.count && grids.count > 1 {
            guard sizes[index] < minimum else {
                index += 1
                continue
            }
            let counts = sizes
            let fits = { (other: Int) in other != index && counts[other] + counts[index] <= maximum }
            let neighbours = [index - 1, index + 1]
                .filter { grids.indices.contains($0) && fits($0) }
                .sorted { sizes[$0] < sizes[$1] }
            // Wedged between full grids: the nearest grid with room, at the cost of address order.
            let nearest = grids.indices.filter(fits).min { abs($0 - index) < abs($1 - index) }
            guard let target = neighbours.first ?? nearest else {
                index += 1
                continue
            }
            let (first, second) = (min(index, target), max(index, target))
            grids[first] += grids[second]
            sizes[first] += sizes[second]
            grids.remove(at: second)
            sizes.remove(at: second)
            index = first
        }
    }

    /// Splits households into the fewest nearly equal parts of at most `maximum`, aiming at `target`.
    private static func split(_ households: [String], target: Int, maximum: Int) -> [[String]] {
        let count = households.count
        let byMaximum = (count + maximum - 1) / maximum
        let byTarget = Int((Double(count) / Double(target)).rounded())
        let parts = max(1, byMaximum, byTarget)
        var result: [[String]] = []
        var start = 0
        for index in 0..<parts {
            let size = count / parts + (index < count % parts ? 1 : 0)
            result.append(Array(households[start..<(start + size)]))
            start += size
        }
        return result
    }
}
