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
