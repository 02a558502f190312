extension LedgerChange {
    /// The entries and applied events a run added to a ledger window
    /// (``PointsLedger/init(window:appliedEvents:nextSequence:)``), to append after the
    /// entries stored when the window was read.
    public init(fromWindow base: PointsLedger, to next: PointsLedger) {
        let added = Array(next.entries.dropFirst(base.entries.count))
        self.init(baseEntryCount: (added.first?.sequence ?? base.nextSequence) - 1, entries: added,
                  appliedEvents: next.appliedEvents.subtracting(base.appliedEvents), appeals: [])
    }
}
