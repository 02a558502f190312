/// The rules for grid workers (网格员, Art. 34): every grid has at least one worker, and
/// a worker covers more than one grid only where the county allows it.
///
/// ```swift
/// let problems = GridStaffing.problems(grids: division.grids, assignments: assignments,
///                                      policy: .oneGridPerWorker)
/// problems.isEmpty   // true when every grid is staffed within the county's rules
/// ```
public enum GridStaffing {
    /// Every breach of the rules, grids first (in number order), then workers (by ID).
    public static func problems(
        grids: [Grid],
        assignments: [GridWorkerAssignment],
        policy: GridStaffingPolicy
    ) -> [GridStaffingProblem] {
        let known = Set(grids.map(\.code))
        var problems: [GridStaffingProblem] = []
        var seen = Set<GridWorkerAssignment.Key>()
        var gridsByWorker: [String: [GridCode]] = [:]
        var staffed = Set<GridCode>()

        for assignment in assignments {
            guard known.contains(assignment.gridCode) else {
                problems.append(.unknownGrid(workerID: assignment.workerID, gridCode: assignment.gridCode))
                continue
            }
            guard seen.insert(assignment.key).inserted else {
                problems.append(.duplicateAssignment(workerID: assignment.workerID, gridCode: assignment.gridCode))
                continue
            }
            staffed.insert(assignment.gridCode)
            gridsByWorker[assignment.workerID, default: []].append(assignment.gridCode)
        }
        let unstaffed = grids.map(\.code).filter { !staffed.contains($0) }.sorted()
        problems = unstaffed.map(GridStaffingProblem.gridWithoutWorker) + problems
        for worker in gridsByWorker.keys.sorted() {
            let served = gridsByWorker[worker]!.sorted()
            if served.count > policy.gridLimit {
                problems.append(.tooManyGridsForWorker(workerID: worker, grids: served, limit: policy.gridLimit))
            }
        }
        return problems
    }
}

extension GridWorkerAssignment {
    struct Key: Hashable {
        var workerID: String
        var gridCode: GridCode
    }

    var key: Key { Key(workerID: workerID, gridCode: gridCode) }
}
