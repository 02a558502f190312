/// How the host numbers the grids of a new division so that codes stay stable.
///
/// A grid of the new division that continues a grid of the division in force (holds
/// most of the same households) keeps that grid's number and so its code. Pairs are
/// matched greedily by the number of households they share, largest first; dedicated
/// grids without households are matched by their units. Every other new grid gets a
/// number above the highest the community has ever used, so a retired code is not given
/// to a different grid; only when 999 is reached are the lowest free numbers reused.
///
/// ```swift
/// let numbered = GridNumbering.renumber(division.grids, continuing: current, highestUsed: 7,
///                                       townshipName: "老城街道办事处", communityName: "义阳居委会")
/// ```
public enum GridNumbering {
    /// Returns `grids` renumbered (codes and names) against `current`, in number order.
    public static func renumber(
        _ grids: [Grid],
        continuing current: [Grid],
        highestUsed: Int,
        townshipName: String,
        communityName: String
    ) -> [Grid] {
        var oldNumberByKey: [String: Int] = [:]
        for grid in current {
            for key in keys(of: grid) { oldNumberByKey[key] = grid.number }
        }
        var candidates: [(overlap: Int, newIndex: Int, oldNumber: Int)] = []
        for (index, grid) in grids.enumerated() {
            var overlap: [Int: Int] = [:]
            for key in keys(of: grid) {
                if let number = oldNumberByKey[key] { overlap[number, default: 0] += 1 }
            }
            for (number, count) in overlap { candidates.append((count, index, number)) }
        }
        candidates.sort {
            ($0.overlap, -$0.newIndex, -$0.oldNumber) > ($1.overlap, -$1.newIndex, -$1.oldNumber)
        }

        var assigned = [Int?](repeating: nil, count: grids.count)
        var taken = Set<Int>()
        for candidate in candidates where assigned[candidate.newIndex] == nil && !taken.contains(candidate.oldNumber) {
            assigned[candidate.newIndex] = candidate.oldNumber
            taken.insert(candidate.oldNumber)
        }
        var next = highestUsed + 1
        var lowestFree = 1
        for index in grids.indices where assigned[index] == nil {
            if next <= GridCode.highestNumber {
                assigned[index] = next
                taken.insert(next)
                next += 1
            } else {
                while taken.contains(lowestFree) { lowestFree += 1 }
                assigned[index] = lowestFree
                taken.insert(lowestFree)
            }
        }

        return grids.indices.compactMap { index -> Grid? in
            let number = assigned[index]!
            // A validated division has at most 999 grids, so a number is always in range.
            guard let code = try? GridCode(communityCode: grids[index].communityCode, number: number) else { return nil }
            var grid = grids[index]
            grid.code = code
            grid.name = GridNaming.name(townshipName: townshipName, communityName: communityName,
                                        number: number, kind: grid.kind)
            return grid
        }
        .sorted { $0.number < $1.number }
    }

    private static func keys(of grid: Grid) -> [String] {
        grid.members.flatMap { member in
            member.householdIDs.isEmpty ? ["unit:" + member.unitID] : member.householdIDs.map { "household:" + $0 }
        }
    }
}
