import Foundation

/// What the assignment gate decided about one piece of work, and why (Art. 40, 45).
///
/// The decision keeps the catalogue entries it rests on (with the version and who made
/// it), the articles, and a reason in Chinese that can be shown to the committee and the
/// assigning unit.
public struct GateDecision: Sendable, Hashable, Codable {
    /// The assignment decided on.
    public var assignmentID: String
    /// Accepted, refused, refused as a violation, or held for the county.
    public var outcome: GateOutcome
    /// Why, in Chinese.
    public var reason: String
    /// The articles the decision rests on.
    public var basis: [LegalBasis]
    /// The catalogue entries the task maps to, as in force on the assignment date.
    public var matchedEntries: [EffectiveCatalogueEntry]
    /// Item ids the task maps to that are not in the catalogue on that date.
    public var unknownItemIDs: [String]
    /// What assistance work lacked, when it was refused for that.
    public var missingConditions: [AssistanceRequirement]
    /// The violation recorded, for negative-list work.
    public var violation: Violation?
    /// Whose catalogue decided, and on which date.
    public var catalogueDivisionCode: String
    /// The instant the catalogue was read for (the assignment date).
    public var decidedFor: Date

    /// Creates a decision.
    public init(
        assignmentID: String,
        outcome: GateOutcome,
        reason: String,
        basis: [LegalBasis],
        matchedEntries: [EffectiveCatalogueEntry],
        unknownItemIDs: [String],
        missingConditions: [AssistanceRequirement],
        violation: Violation?,
        catalogueDivisionCode: String,
        decidedFor: Date
    ) {
        self.assignmentID = assignmentID
        self.outcome = outcome
        self.reason = reason
        self.basis = basis
        self.matchedEntries = matchedEntries
        self.unknownItemIDs = unknownItemIDs
        self.missingConditions = missingConditions
        self.violation = violation
        self.catalogueDivisionCode = catalogueDivisionCode
        self.decidedFor = decidedFor
    }
}

/// What assistance work must come with (Art. 40 ¶2).
public enum AssistanceRequirement: String, Sendable, Hashable, Codable, CaseIterable {
    /// 经费数额: a positive amount.
    case fundingAmount = "funding_amount"
    /// 经费来源: where the money comes from.
    case fundingSource = "funding_source"
    /// 工作条件: the working conditions provided.
    case workingConditions = "working_conditions"

    /// The requirement in Chinese.
    public var chineseName: String {
        switch self {
        case .fundingAmount: "经费数额"
        case .fundingSource: "经费来源"
        case .workingConditions: "必要的工作条件"
        }
    }
}
