/// A grid worker (网格员) assigned to a grid, full-time or part-time (Art. 34).
///
/// ```swift
/// let assignment = GridWorkerAssignment(workerID: "W-12", gridCode: code, employment: .fullTime)
/// ```
public struct GridWorkerAssignment: Sendable, Hashable, Codable {
    /// The worker (`workerID`).
    public var workerID: String
    /// The grid served.
    public var gridCode: GridCode
    /// Full-time or part-time in this grid.
    public var employment: GridWorkerEmployment

    /// Creates an assignment.
    public init(workerID: String, gridCode: GridCode, employment: GridWorkerEmployment) {
        self.workerID = workerID
        self.gridCode = gridCode
        self.employment = employment
    }

    enum CodingKeys: String, CodingKey {
        case workerID = "worker_id"
        case gridCode = "grid_code"
        case employment
    }
}
