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
///
/// ## Topics
///
/// ### Writing
/// - ``applying(_:recordedOn:)``
/// - ``apply(_:recordedOn:)``
/// - ``run(_:convention:bounds:recordedOn:)-(_,_,_,_)``
///
/// ### Reading
/// - ``balance(of:)``
/// - ``balances()``
/// - ``totals(in:community:)``
/// - ``explain(_:conventions:)``
///
/// ### Appeals and the points shop
/// - ``filing(_:)``
/// - ``deciding(_:_:)``
/// - ``redeeming(_:in:)``
public struct PointsLedger: Sendable, Hashable {
    /// Every entry, in the order written.
    public private(set) var entries: [LedgerEntry]
    /// The events already applied; applying one again changes nothing.
    public internal(set) var appliedEvents: Set<String>
    /// Every appeal, with its decision once made.
    public internal(set) var appeals: [AppealRecord]

    // Indexes over `entries`, so a city's worth of events is not judged in quadratic time.
    private var positionByID: [String: Int] = [:]
    private var positionsBySubject: [PointsSubject: [Int]] = [:]
    private var positionsByHousehold: [String: [Int]] = [:]
    private var reversalByOriginal: [String: Int] = [:]
    // Entries before the window: zero for a whole ledger, so new entries number from the store's count.
    private var sequenceOffset = 0

    /// An empty ledger.
    public init() {
        entries = []
        appliedEvents = []
        appeals = []
    }

    /// Restores a ledger a store kept.
    public init(entries: [LedgerEntry], appliedEvents: Set<String>, appeals: [AppealRecord]) {
        self.init()
        for entry in entries { _ = append { _ in entry } }
        self.appliedEvents = appliedEvents
        self.appeals = appeals
    }

    /// Restores a window of a larger ledger: the stored entries a batch of events can be
    /// judged against (its subjects' entries in the periods the bounds count), so a
    /// month of a city's events is judged without holding the whole ledger in memory.
    /// Entries appended to the window are numbered from `nextSequence`.
    ///
    /// ```swift
    /// var window = PointsLedger(window: subjectEntries, appliedEvents: [], nextSequence: storedCount + 1)
    /// window.apply(evaluation, recordedOn: today)   // its entries start at storedCount + 1
    /// ```
    public init(window entries: [LedgerEntry], appliedEvents: Set<String>, nextSequence: Int) {
        self.init(entries: entries, appliedEvents: appliedEvents, appeals: [])
        sequenceOffset = nextSequence - 1 - entries.count
    }

    /// The sequence number the next appended entry gets.
    public var nextSequence: Int { sequenceOffset + entries.count + 1 }

    /// Numbers the next appended entry `nextSequence` (a window whose store holds more entries).
    mutating func numberNext(from nextSequence: Int) {
        sequenceOffset = nextSequence - 1 - entries.count
    }

    /// The entry with this id.
    public func entry(_ id: String) -> LedgerEntry? { positionByID[id].map { entries[$0] } }

    /// The entry that reverses entry `id`, if it was overturned.
    public func reversal(of id: String) -> LedgerEntry? { reversalByOriginal[id].map { entries[$0] } }

    /// The entries that count toward a subject's balance, oldest first: a resident's own
    /// entries, or every entry counted to a household (its own and its members').
    public func entries(of subject: PointsSubject) -> [LedgerEntry] {
        let positions = switch subject.type {
        case .resident: positionsBySubject[subject] ?? []
        case .household: positionsByHousehold[subject.id] ?? []
        }
        return positions.map { entries[$0] }
    }

    /// Entries whose subject is exactly `subject` (a household's own, without its members').
    func ownEntries(of subject: PointsSubject) -> [LedgerEntry] {
        (positionsBySubject[subject] ?? []).map { entries[$0] }
    }

    mutating func append(_ make: (Int) -> LedgerEntry) -> LedgerEntry {
        let entry = make(sequenceOffset + entries.count + 1)
        let position = entries.count
        entries.append(entry)
        positionByID[entry.id] = position
        positionsBySubject[entry.subject, default: []].append(position)
        if let household = entry.household { positionsByHousehold[household, default: []].append(position) }
        if let original = entry.reverses { reversalByOriginal[original] = position }
        return entry
    }
}
