/// A breach of the grid-worker rules found by ``GridStaffing/problems(grids:assignments:policy:)``.
public enum GridStaffingProblem: Sendable, Hashable, CustomStringConvertible {
    /// A grid without any worker; every grid needs at least one.
    case gridWithoutWorker(GridCode)
    /// A worker serving more grids than the county allows.
    case tooManyGridsForWorker(workerID: String, grids: [GridCode], limit: Int)
    /// An assignment to a grid that is not in the division.
    case unknownGrid(workerID: String, gridCode: GridCode)
    /// The same worker assigned to the same grid twice.
    case duplicateAssignment(workerID: String, gridCode: GridCode)

    public var description: String {
        switch self {
        case let .gridWithoutWorker(code):
            "grid \(code) has no grid worker; assign at least one full-time or part-time worker"
        case let .tooManyGridsForWorker(worker, grids, limit):
            "worker \(worker) serves \(grids.count) grids (\(grids.map(\.rawValue).joined(separator: ", "))) but the county allows \(limit); assign other workers or change the county's setting"
        case let .unknownGrid(worker, code):
            "worker \(worker) is assigned to grid \(code), which is not in the division; assign the worker to a current grid"
        case let .duplicateAssignment(worker, code):
            "worker \(worker) is assigned to grid \(code) twice; keep one assignment"
        }
    }
}
