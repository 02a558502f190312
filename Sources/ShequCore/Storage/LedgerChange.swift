/// What one operation adds to the ledger: new entries, newly applied events, and appeal
/// records (new ones, or ones that now carry a decision), optionally with the shop whose
/// stock a redemption reduced.
public struct LedgerChange: Sendable, Hashable {
    /// How many entries the ledger had when the change was computed.
    public var baseEntryCount: Int
    /// Entries to append, in order.
    public var entries: [LedgerEntry]
    /// Event ids newly marked applied.
    public var appliedEvents: Set<String>
    /// Appeal records to store (inserted, or replacing the undecided record of the same appeal).
    public var appeals: [AppealRecord]
    /// The shop to save in the same transaction (a redemption reduces stock).
    public var shop: PointsShop?

    /// Creates a change.
    public init(baseEntryCount: Int, entries: [LedgerEntry], appliedEvents: Set<String>,
                appeals: [AppealRecord], shop: PointsShop? = nil) {
        self.baseEntryCount = baseEntryCount
        self.entries = entries
        self.appliedEvents = appliedEvents
        self.appeals = appeals
        self.shop = shop
    }

    /// The difference between a ledger read from the store and the ledger an operation returned.
    public init(from base: PointsLedger, to next: PointsLedger, shop: PointsShop? = nil) {
        let baseAppeals = Set(base.appeals)
        self.init(baseEntryCount: base.entries.count, entries: Array(next.entries.dropFirst(base.entries.count)),
                  appliedEvents: next.appliedEvents.subtracting(base.appliedEvents),
                  appeals: next.appeals.filter { !baseAppeals.contains($0) }, shop: shop)
    }

    /// Whether the change writes nothing.
    public var isEmpty: Bool { entries.isEmpty && appliedEvents.isEmpty && appeals.isEmpty && shop == nil }
}
