/// A ledger after applying an evaluation, with what was written.
public struct LedgerReceipt: Sendable, Hashable {
    /// The ledger after.
    public let ledger: PointsLedger
    /// The entries written (none when the event was already applied).
    public let appended: [LedgerEntry]
    /// Whether the event had been applied before.
    public let alreadyApplied: Bool
}
