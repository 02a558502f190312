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
    /// The part of the ledger one community's commands need: its entries (oldest first), the applied events
    /// of its recorded events, and the appeals against its entries.
    ///
    /// Balances and the per-period bounds of a subject only ever look at its own community, so a points run
    /// or a redemption in the 积分超市 (Art. 30) reads this instead of the whole province's ledger. Entries
    /// appended to it are numbered within the community (``LedgerEntry/sequence``); ``ledger()`` keeps them
    /// in the order they were committed.
    ///
    /// ```swift
    /// let ledger = try await store.ledger(of: village)
    /// let receipt = try ledger.redeeming(redemption, in: shop)
    /// try await store.commit(LedgerChange(from: ledger, to: receipt.ledger, shop: receipt.shop), in: village)
    /// ```
    func ledger(of community: CommunityID) async throws -> PointsLedger
    /// Appends a change computed from ``ledger(of:)`` in one transaction.
    ///
    /// Commits for different communities never wait for each other; two for the same community are
    /// serialised, and the later is refused when the community's ledger moved since it was read.
    /// - Throws: ``LedgerStoreError/ledgerMoved(expected:found:)`` when the community's entries changed
    ///   since the change's base was read (read again and recompute); ``LedgerStoreError/duplicateEntry(id:)``
    ///   when an entry id is already stored. Nothing is written then.
    func commit(_ change: LedgerChange, in community: CommunityID) async throws
    /// The points shop of a community (empty when nothing is stocked).
    func shop(of community: CommunityID) async throws -> PointsShop
    /// Saves a community's shop (its items and stock).
    func save(_ shop: PointsShop) async throws
}
