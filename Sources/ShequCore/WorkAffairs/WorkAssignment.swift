import Foundation

/// Work a department, street office or township hands to a residents' or villagers' committee, as it reaches the gate (Art. 40).
///
/// `itemIDs` are the catalogue items the task maps to; a county can fill them from
/// free text with its task-matching hook (``TaskMatchingHookInput``), or staff pick them.
///
/// ```swift
/// let assignment = WorkAssignment(
///     id: "2025-0312-01",
///     title: "协助开展第二次全国残疾人抽样调查",
///     assigningUnit: GovernmentUnit(name: "光山县残联", kind: .department, divisionCode: "411522"),
///     communityCode: "411522100001",
///     countyCode: "411522",
///     assignedAt: assigned,
///     itemIDs: ["A-07"],
///     funding: AssistanceFunding(amount: 3_000, source: "县残联工作经费"),
///     workingConditions: "提供调查平板两台、培训一次")
/// ```
public struct WorkAssignment: Sendable, Hashable, Codable, Identifiable {
    /// The assignment's id (e.g. the document number).
    public var id: String
    /// What the committee is asked to do, in Chinese.
    public var title: String
    /// Further detail, in Chinese.
    public var details: String?
    /// Who assigns the work.
    public var assigningUnit: GovernmentUnit
    /// The person responsible at the assigning unit, when known.
    public var responsiblePerson: String?
    /// The committee's community: its 12-digit statistical code or name path.
    public var communityCode: String
    /// The county or district whose catalogue applies (6-digit code or name path).
    public var countyCode: String
    /// When the work was assigned; the catalogue in force on this date decides.
    public var assignedAt: Date
    /// The catalogue items the task maps to.
    public var itemIDs: [String]
    /// The funding provided, for assistance work.
    public var funding: AssistanceFunding?
    /// The working conditions provided (people, equipment, training), in Chinese.
    public var workingConditions: String?

    /// Creates an assignment.
    public init(
        id: String,
        title: String,
        details: String? = nil,
        assigningUnit: GovernmentUnit,
        responsiblePerson: String? = nil,
        communityCode: String,
        countyCode: String,
        assignedAt: Date,
        itemIDs: [String],
        funding: AssistanceFunding? = nil,
        workingConditions: String? = nil
    ) {
        self.id = id
        self.title = title
        self.details = details
        self.assigningUnit = assigningUnit
        self.responsiblePerson = responsiblePerson
        self.communityCode = communityCode
        self.countyCode = countyCode
        self.assignedAt = assignedAt
        self.itemIDs = itemIDs
        self.funding = funding
        self.workingConditions = workingConditions
    }
}
