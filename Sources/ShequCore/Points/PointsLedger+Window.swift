extension PointsLedger {
    /// The subjects whose stored entries a window for `events` holds
    /// (``init(window:appliedEvents:nextSequence:)``): each event's subject and the household
    /// it names, whose per-period bounds (积分上限, Art. 30) count their own entries.
    public static func windowSubjects(for events: [BehaviourEvent]) -> Set<PointsSubject> {
        var subjects = Set<PointsSubject>(minimumCapacity: events.count * 2)
        for event in events {
            subjects.insert(event.subject)
            if let household = event.household { subjects.insert(.household(household)) }
        }
        return subjects
    }

    /// This window for `events`, read before `change` was stored, as it reads once the change
    /// is stored: the change's entries of the window's subjects on or after `since` follow
    /// the stored ones, its applied marks of `events` are added, and numbering goes on after
    /// its last entry.
    ///
    /// A streaming ingest judges the next batch while the previous batch's change is being
    /// committed; laying that change over the next window judges every batch exactly as if
    /// the ones before were all stored.
    ///
    /// ```swift
    /// let stored = try await store.ledgerWindow(for: next, since: since)   // before `change` commits
    /// let window = stored.overlaying(change, for: next, since: since)
    /// ```
    public func overlaying(_ change: LedgerChange, for events: [BehaviourEvent], since: CivilDate?) -> PointsLedger {
        guard !change.isEmpty else { return self }
        let subjects = Self.windowSubjects(for: events)
        let next = max(nextSequence, (change.entries.last?.sequence ?? 0) + 1)
        // Appended to this window's indexes rather than rebuilt: the stored entries stay where they are.
        var window = self
        for entry in change.entries where subjects.contains(entry.subject) && since.map({ entry.on >= $0 }) ?? true {
            _ = window.append { _ in entry }
        }
        let ids = Set(events.map(\.id))
        window.appliedEvents.formUnion(change.appliedEvents.lazy.filter { ids.contains($0) })
        window.numberNext(from: next)
        return window
    }
}
