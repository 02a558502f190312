/// A county's setting for how grid workers may be spread over grids (Art. 34).
///
/// ```swift
/// let strict = GridStaffingPolicy.oneGridPerWorker
/// let rural = GridStaffingPolicy(allowsSeveralGridsPerWorker: true, maxGridsPerWorker: 3)
/// ```
public struct GridStaffingPolicy: Sendable, Hashable, Codable {
    /// Whether one worker may serve more than one grid.
    public var allowsSeveralGridsPerWorker: Bool
    /// The most grids one worker may serve when that is allowed; `nil` for no limit.
    public var maxGridsPerWorker: Int?

    /// Creates a policy.
    public init(allowsSeveralGridsPerWorker: Bool, maxGridsPerWorker: Int? = nil) {
        self.allowsSeveralGridsPerWorker = allowsSeveralGridsPerWorker
        self.maxGridsPerWorker = maxGridsPerWorker
    }

    /// Each worker serves exactly one grid: the default where the county says nothing.
    public static let oneGridPerWorker = GridStaffingPolicy(allowsSeveralGridsPerWorker: false)

    /// The most grids one worker may serve under this policy.
    public var gridLimit: Int {
        allowsSeveralGridsPerWorker ? max(1, maxGridsPerWorker ?? .max) : 1
    }

    enum CodingKeys: String, CodingKey {
        case allowsSeveralGridsPerWorker = "allows_several_grids_per_worker"
        case maxGridsPerWorker = "max_grids_per_worker"
    }
}
