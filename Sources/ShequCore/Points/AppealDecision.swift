/// A reviewer's decision on an appeal.
///
/// ```swift
/// let decision = AppealDecision(reviewer: "村务监督委员会", decidedOn: CivilDate("2025-06-15")!,
///                               outcome: .overturned, reason: "经核实宴席为8桌，未超过上限")
/// ```
public struct AppealDecision: Sendable, Hashable, Codable {
    /// Upheld or overturned.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The entry stands.
        case upheld
        /// The entry is reversed by a new entry.
        case overturned
    }

    /// Who decided.
    public let reviewer: String
    /// The day of the decision.
    public let decidedOn: CivilDate
    /// The outcome.
    public let outcome: Outcome
    /// Why, in Chinese; shown to the appellant.
    public let reason: String

    /// Records a decision.
    public init(reviewer: String, decidedOn: CivilDate, outcome: Outcome, reason: String) {
        self.reviewer = reviewer
        self.decidedOn = decidedOn
        self.outcome = outcome
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case reviewer
        case decidedOn = "decided_on"
        case outcome, reason
    }
}
