/// The ledger and shop after a redemption, with its entry.
public struct RedemptionReceipt: Sendable, Hashable {
    /// The ledger after.
    public let ledger: PointsLedger
    /// The shop after (stock reduced).
    public let shop: PointsShop
    /// The redemption's entry.
    public let entry: LedgerEntry
    /// Whether this redemption id had been applied before (then nothing changed).
    public let alreadyApplied: Bool
}
