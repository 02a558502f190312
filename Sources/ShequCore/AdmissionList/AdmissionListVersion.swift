/// One version of a county's admission list (准入清单, Art. 34): the task types grid
/// staff may be given from a date, and the adjustment that produced it.
public struct AdmissionListVersion: Sendable, Hashable, Codable, Identifiable {
    /// The version number within the county, from 1.
    public var version: Int
    /// The county or district (6-digit code or name).
    public var countyCode: String
    /// The first day this version is in force.
    public var effectiveFrom: CivilDate
    /// The admitted task types, by code order.
    public var taskTypes: [GridTaskType]
    /// The change from the previous version (for version 1: everything added).
    public var adjustment: AdmissionAdjustment

    /// Creates a version record, e.g. when a store reads one back.
    public init(version: Int, countyCode: String, effectiveFrom: CivilDate, taskTypes: [GridTaskType],
                adjustment: AdmissionAdjustment) {
        self.version = version
        self.countyCode = countyCode
        self.effectiveFrom = effectiveFrom
        self.taskTypes = taskTypes
        self.adjustment = adjustment
    }

    public var id: Int { version }

    /// The admitted task type with `code`, or `nil` when it is not on this version.
    public func taskType(code: String) -> GridTaskType? {
        taskTypes.first { $0.code == code }
    }

    enum CodingKeys: String, CodingKey {
        case version
        case countyCode = "county_code"
        case effectiveFrom = "effective_from"
        case taskTypes = "task_types"
        case adjustment
    }
}
