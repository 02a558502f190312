import GRDB
import ShequCore

/// Streaming ingest of behaviour events into the points ledger (积分台账, Art. 30): each batch
/// of events is judged against only the part of the ledger it can touch, then recorded
/// together with its ledger entries in one transaction.
///
/// ```swift
/// let window = try await store.ledgerWindow(for: batch, since: earliestPeriodStart)
/// let report = try await measures.run(batch, ledger: window, conventions: conventions,
///                                     facts: facts, recordedOn: today)
/// try await store.record(batch, committing: LedgerChange(fromWindow: window, to: report.ledger))
/// ```
extension SQLiteStore {
    /// The part of the ledger a batch of events is judged against: the stored entries of the
    /// events' subjects (and of their households) on or after `since`, which events of the
    /// batch are already applied, and where the next entry is numbered from
    /// (``PointsLedger/init(window:appliedEvents:nextSequence:)``).
    ///
    /// Per-period bounds only count a subject's own entries in the period containing the
    /// event's day, so `since` is the first day of the earliest such period (`nil`: all).
    public func ledgerWindow(for events: [BehaviourEvent], since: CivilDate?) async throws -> PointsLedger {
        // The subjects and the event ids go in as one JSON array each: one statement per read, each
        // element still found through its index (CROSS JOIN keeps the array as the outer loop).
        var subjects = SortedJSONWriter(capacity: events.count * 48)
        subjects.list(PointsLedger.windowSubjects(for: events)) { json, subject in json.strings([subject.type.rawValue, subject.id]) }
        var ids = SortedJSONWriter(capacity: events.count * 32)
        ids.strings(events.lazy.map(\.id))
        let (subjectList, idList) = (subjects.text, ids.text)
        let day = since?.description ?? ""
        let (bodies, applied, nextSequence) = try await pool.read { db in
            var bodies: [(Int, String)] = []
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT e.sequence, e.body FROM json_each(?) AS s CROSS JOIN ledger_entries e
                WHERE \(LedgerSchema.subjectTypeColumn) = json_extract(s.value, '$[0]')
                  AND \(LedgerSchema.subjectIDColumn) = json_extract(s.value, '$[1]')
                  AND \(LedgerSchema.dayColumn) >= ?
                """), arguments: [subjectList, day])
            while let row = try rows.next() { bodies.append((row[0], row[1])) }
            let applied = Set(try String.fetchAll(db.cachedStatement(sql: """
                SELECT event_id FROM applied_events WHERE event_id IN (SELECT value FROM json_each(?))
                """), arguments: [idList]))
            let last = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM ledger_entries") ?? 0
            return (bodies, applied, last + 1)
        }
        let entries = try bodies.sorted { $0.0 < $1.0 }.map { try StoredJSON.decode(LedgerEntry.self, from: $0.1) }
        return PointsLedger(window: entries, appliedEvents: applied, nextSequence: nextSequence)
    }

    /// Records a batch of events and appends the ledger change judged from them, in one
    /// transaction: all or nothing, idempotent by event id (an identical event is left
    /// unchanged, one applied before is not applied again).
    ///
    /// - Throws: ``EventStoreError/conflictingEvent(id:)`` when a stored event of the same id
    ///   differs, ``LedgerStoreError/ledgerMoved(expected:found:)`` when entries were written
    ///   since the window was read; nothing of the batch is written then.
    public func record(_ events: [BehaviourEvent], committing change: LedgerChange) async throws -> EventRecordSummary {
        let rows = try Self.eventRows(events)
        let encoded = try EncodedLedgerChange(change)
        return try await pool.write { db in
            let summary = try Self.write(rows, db: db)
            if !change.isEmpty { try Self.write(encoded, db: db) }
            return summary
        }
    }
}
