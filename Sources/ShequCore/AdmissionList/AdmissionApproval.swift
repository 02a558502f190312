/// The approval that lets work outside the admission list be handed to grid staff
/// (Art. 34 "未经批准不得…"): who approved, when, why, and for what.
///
/// An approval covers assignments of its task type, in its county, by its assigning
/// unit (or any unit when `assigningUnit` is `nil`), handed over on or after
/// `approvedOn` and, when `validUntil` is set, not after it. Approval given after the
/// work was handed over does not cover it.
///
/// ```swift
/// let approval = AdmissionApproval(
///     id: "A-7", countyCode: "411502", taskTypeCode: "flood-patrol", assigningUnit: nil,
///     approvedBy: "浉河区人民政府", approvedOn: CivilDate("2025-07-01")!,
///     validUntil: CivilDate("2025-09-30")!, reason: "汛期临时防汛巡查")
/// ```
public struct AdmissionApproval: Sendable, Hashable, Codable, Identifiable {
    /// The approval's identifier.
    public var id: String
    /// The county or district whose admission list it departs from.
    public var countyCode: String
    /// The unlisted task type it allows.
    public var taskTypeCode: String
    /// The unit allowed to hand it over, or `nil` for any unit.
    public var assigningUnit: String?
    /// Who approved, e.g. "浉河区人民政府".
    public var approvedBy: String
    /// The day of approval; work handed over earlier is not covered.
    public var approvedOn: CivilDate
    /// The last day covered, or `nil` without end.
    public var validUntil: CivilDate?
    /// Why, in Chinese.
    public var reason: String

    /// Creates an approval record.
    public init(id: String, countyCode: String, taskTypeCode: String, assigningUnit: String?,
                approvedBy: String, approvedOn: CivilDate, validUntil: CivilDate?, reason: String) {
        self.id = id
        self.countyCode = countyCode
        self.taskTypeCode = taskTypeCode
        self.assigningUnit = assigningUnit
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.validUntil = validUntil
        self.reason = reason
    }

    /// Whether this approval covers `assignment`.
    public func covers(_ assignment: GridTaskAssignment) -> Bool {
        countyCode == assignment.countyCode
            && taskTypeCode == assignment.taskTypeCode
            && (assigningUnit == nil || assigningUnit == assignment.assigningUnit)
            && approvedOn <= assignment.assignedOn
            && (validUntil.map { assignment.assignedOn <= $0 } ?? true)
    }

    enum CodingKeys: String, CodingKey {
        case id
        case countyCode = "county_code"
        case taskTypeCode = "task_type_code"
        case assigningUnit = "assigning_unit"
        case approvedBy = "approved_by"
        case approvedOn = "approved_on"
        case validUntil = "valid_until"
        case reason
    }
}
