/// Work handed by a unit to a grid or a grid worker, to be checked against the
/// admission list (准入清单, Art. 34) before grid staff take it on.
///
/// ```swift
/// let assignment = GridTaskAssignment(
///     id: "T-2025-0141", countyCode: "411502", taskTypeCode: "sign-up-drive", taskName: "商业保险推广",
///     assigningUnit: "区某局", assignee: .grid(code), assignedOn: CivilDate("2025-04-02")!)
/// ```
public struct GridTaskAssignment: Sendable, Hashable, Codable, Identifiable {
    /// The assignment's identifier.
    public var id: String
    /// The county or district whose admission list applies.
    public var countyCode: String
    /// The task type's code (as on the admission list, or the assigning unit's own code when unlisted).
    public var taskTypeCode: String
    /// The task as the assigning unit names it.
    public var taskName: String
    /// The unit handing over the work, named in any violation (Art. 44).
    public var assigningUnit: String
    /// The grid or grid worker receiving the work.
    public var assignee: Assignee
    /// The day the work is handed over.
    public var assignedOn: CivilDate

    /// Creates an assignment.
    public init(id: String, countyCode: String, taskTypeCode: String, taskName: String,
                assigningUnit: String, assignee: Assignee, assignedOn: CivilDate) {
        self.id = id
        self.countyCode = countyCode
        self.taskTypeCode = taskTypeCode
        self.taskName = taskName
        self.assigningUnit = assigningUnit
        self.assignee = assignee
        self.assignedOn = assignedOn
    }

    /// Who receives the work.
    public enum Assignee: Sendable, Hashable, Codable, CustomStringConvertible {
        /// A grid, i.e. its grid workers.
        case grid(GridCode)
        /// One grid worker (`workerID`).
        case worker(String)

        public var description: String {
            switch self {
            case .grid(let code): "网格\(code.rawValue)"
            case .worker(let workerID): "网格员\(workerID)"
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case id
        case countyCode = "county_code"
        case taskTypeCode = "task_type_code"
        case taskName = "task_name"
        case assigningUnit = "assigning_unit"
        case assignee
        case assignedOn = "assigned_on"
    }
}
