/// A resident's or household's appeal (申诉) against a ledger entry about them.
///
/// ```swift
/// let appeal = Appeal(id: "a-1", entryID: "e-7#1", appellant: .household("h-1"),
///                     filedOn: CivilDate("2025-06-10")!, grounds: "当天宴席只有8桌，记录有误")
/// ```
public struct Appeal: Sendable, Hashable, Codable {
    /// The appeal's identifier.
    public let id: String
    /// The entry appealed against.
    public let entryID: String
    /// Who appeals: the entry's subject, or the household it counts to.
    public let appellant: PointsSubject
    /// The day it was filed.
    public let filedOn: CivilDate
    /// Why, in the appellant's words.
    public let grounds: String

    /// Files an appeal.
    public init(id: String, entryID: String, appellant: PointsSubject, filedOn: CivilDate, grounds: String) {
        self.id = id
        self.entryID = entryID
        self.appellant = appellant
        self.filedOn = filedOn
        self.grounds = grounds
    }

    enum CodingKeys: String, CodingKey {
        case id
        case entryID = "entry_id"
        case appellant
        case filedOn = "filed_on"
        case grounds
    }
}

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

/// An appeal and, once made, its decision: the audit trail of a review.
public struct AppealRecord: Sendable, Hashable, Codable {
    /// The appeal.
    public let appeal: Appeal
    /// The decision, once made.
    public let decision: AppealDecision?
    /// The reversal entry an overturn wrote.
    public let reversalEntryID: String?

    /// Creates a record; stores use this to restore a ledger.
    public init(appeal: Appeal, decision: AppealDecision?, reversalEntryID: String?) {
        self.appeal = appeal
        self.decision = decision
        self.reversalEntryID = reversalEntryID
    }

    enum CodingKeys: String, CodingKey {
        case appeal, decision
        case reversalEntryID = "reversal_entry_id"
    }
}
