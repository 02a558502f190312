/// The append-only points ledger (积分台账) of the convention measures (Art. 30): every
/// applied measure, reversal and redemption, with balances, totals, appeals and
/// explanations computed from the entries.
///
/// The ledger is a value; every operation returns a new ledger and leaves entries
/// already written untouched. A store persists ``entries``, ``appliedEvents`` and
/// ``appeals`` and restores them with ``init(entries:appliedEvents:appeals:)``.
///
/// ```swift
/// var ledger = PointsLedger()
/// ledger = ledger.applying(evaluation, recordedOn: today).ledger
/// ledger.balance(of: .household("h-1"))
/// print(ledger.explain(.household("h-1")).text)
/// ```
public struct PointsLedger: Sendable, Hashable {
    /// Every entry, in the order written.
    public internal(set) var entries: [LedgerEntry]
    /// The events already applied; applying one again changes nothing.
    public internal(set) var appliedEvents: Set<String>
    /// Every appeal, with its decision once made.
    public internal(set) var appeals: [AppealRecord]

    /// An empty ledger.
    public init() {
        entries = []
        appliedEvents = []
        appeals = []
    }

    /// Restores a ledger a store kept.
    public init(entries: [LedgerEntry], appliedEvents: Set<String>, appeals: [AppealRecord]) {
        self.entries = entries
        self.appliedEvents = appliedEvents
        self.appeals = appeals
    }

    /// The entry with this id.
    public func entry(_ id: String) -> LedgerEntry? { entries.first { $0.id == id } }

    /// The id of the entry that reverses `id`, if it was overturned.
    public func reversal(of id: String) -> LedgerEntry? { entries.first { $0.reverses == id } }

    mutating func append(_ make: (Int) -> LedgerEntry) -> LedgerEntry {
        let entry = make(entries.count + 1)
        entries.append(entry)
        return entry
    }
}
