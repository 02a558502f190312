/// Keeps the points ledger (积分台账, Art. 30), its appeals and the points shops (积分超市).
///
/// The ledger is append-only: ``commit(_:)`` adds the entries, applied events and
/// appeal records of a ``LedgerChange`` in one transaction, and refuses the whole change
/// when the ledger moved on since it was read, so nothing is half-written or written twice.
///
/// ```swift
/// let ledger = try await store.ledger()
/// let receipt = ledger.applying(evaluation, recordedOn: today)
/// try await store.commit(LedgerChange(from: ledger, to: receipt.ledger))
/// ```
public protocol LedgerStore: Sendable {
    /// The whole ledger as stored.
    func ledger() async throws -> PointsLedger
    /// Appends a change in one transaction.
    ///
    /// - Throws: ``LedgerStoreError/ledgerMoved(expected:found:)`` when entries were
    ///   written since the change's base was read; nothing is written then.
    func commit(_ change: LedgerChange) async throws
    /// The points shop of a community (empty when nothing is stocked).
    func shop(of community: CommunityID) async throws -> PointsShop
    /// Saves a community's shop (its items and stock).
    func save(_ shop: PointsShop) async throws
}
