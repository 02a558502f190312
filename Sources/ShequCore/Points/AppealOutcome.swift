/// A ledger after an appeal decision, with the decision's record and any reversal entry.
public struct AppealOutcome: Sendable, Hashable {
    /// The ledger after.
    public let ledger: PointsLedger
    /// The appeal with its decision.
    public let record: AppealRecord
    /// The reversal entry, when overturned.
    public let reversal: LedgerEntry?
}
