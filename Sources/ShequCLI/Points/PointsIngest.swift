import CShequMemory
import ShequCore
import ShequHooks
import ShequImport
import ShequSQLite

/// Streams a file of behaviour events into the workspace and the points ledger, a batch at
/// a time: read, judge against the part of the ledger the batch touches, then record the
/// events and their ledger entries in one transaction. `shequ points ingest` uses it.
///
/// Memory stays bounded by the batch size: neither the file, the events recorded before
/// nor the whole ledger is held.
///
/// Three batches are in hand at once: the next is read while this one is judged and the
/// previous one is committed. This batch's window is read between the commits of the two
/// batches before it, and the previous batch's change is laid over it
/// (``PointsLedger/overlaying(_:for:since:)``), so each batch is judged exactly as if every
/// batch before were stored. When anything fails, the batches judged before the failure are
/// committed first (none after a failed commit), as they would be one at a time.
enum PointsIngest {
    /// A batch judged and not yet stored.
    private struct JudgedBatch: Sendable {
        let events: [BehaviourEvent]
        let report: MeasuresRunReport
        let change: LedgerChange
    }

    static func run(file: String, format: ImportFormat?, measures: MeasuresRun, store: SQLiteStore,
                    batchSize: Int, recordedOn: CivilDate) async throws -> PointsIngestSummary {
        let batches: EventBatchReader
        do { batches = try EventBatchReader(path: file, format: format) } catch {
            throw CommandFailure.usage(error.description)
        }
        let conventions = try await store.conventions(of: nil)
        let periods = Set(measures.bounds.bounds.values.compactMap(\.period))
        var summary = PointsIngestSummary(file: file, plugin: measures.bounds.plugin.description)
        var knownCommunities: Set<String> = []
        // The next batch and its residents are read while this one is judged and written (the ingest
        // writes no residents); a bad line in it is still reported only once this batch is committed.
        func readAhead() -> Task<(events: [BehaviourEvent], residents: ResidentSnapshot?), any Error> {
            Task {
                let batch = try await batches.next(upTo: batchSize)
                guard !batch.isEmpty else { return (batch, nil) }
                // Read in one transaction, not one per event; a snapshot and a facts reader per batch
                // keep their caches from growing with the file.
                let residents = try await store.residentSnapshot(
                    residents: batch.filter { $0.subject.type == .resident }.map { ResidentID(rawValue: $0.subject.id) },
                    households: batch.compactMap { $0.household.map(HouseholdID.init(rawValue:)) },
                    members: measures.needsCare)
                return (batch, residents)
            }
        }
        // Per-period bounds count a subject's entries from the start of the period of the event's day.
        @Sendable func windowStart(_ batch: [BehaviourEvent]) -> CivilDate? {
            guard let earliest = batch.map(\.occurredOn).min() else { return nil }
            return periods.map { $0.range(containing: earliest).first }.min() ?? earliest
        }
        var judged: JudgedBatch?
        var committing: (batch: JudgedBatch, transaction: Task<(EventRecordSummary, PointsLedger?), any Error>)?
        // Commits the judged batch. Once it is stored, the window of the batch after the next one is
        // read in the same task, off the judging path: that is when the store holds what that window
        // must see (every batch before it but one). A failed read there is left to the judging path.
        func startCommit(nextWindowOf following: Task<(events: [BehaviourEvent], residents: ResidentSnapshot?), any Error>?) -> JudgedBatch? {
            guard let batch = judged else { return nil }
            judged = nil
            committing = (batch, Task {
                let recorded = try await store.record(batch.events, committing: batch.change)
                // Freed pages go back to the system while the next batch is judged; without this the
                // resident set creeps up with the file's length (docs/performance.md, figure 7).
                shq_release_free_heap()
                guard let following, let events = try? await following.value.events, let since = windowStart(events) else {
                    return (recorded, nil)
                }
                return (recorded, try? await store.ledgerWindow(for: events, since: since))
            })
            return batch
        }
        // Waits for the commit in flight; returns the window it read for the batch now being judged.
        @discardableResult func finishCommit() async throws -> PointsLedger? {
            guard let (batch, transaction) = committing else { return nil }
            committing = nil
            let recorded: EventRecordSummary, window: PointsLedger?
            do { (recorded, window) = try await transaction.value } catch {
                judged = nil  // judged against a ledger that now will not be stored
                if let error = error as? EventStoreError { throw CommandFailure.rule("\(file): \(error)") }
                throw error
            }
            summary.add(batch: batch.events.count, recorded: recorded, report: batch.report, change: batch.change)
            return window
        }
        func commitAll() async throws {
            try await finishCommit()
            _ = startCommit(nextWindowOf: nil)
            try await finishCommit()
        }

        var nextBatch = readAhead()
        defer { nextBatch.cancel() }
        do {
            while true {
                let batch: [BehaviourEvent], residents: ResidentSnapshot?
                do { (batch, residents) = try await nextBatch.value } catch let error as ImportError {
                    throw CommandFailure.rule(error.description)
                }
                guard let since = windowStart(batch), let residents else { break }
                nextBatch = readAhead()
                let newCommunities = Set(batch.map(\.community.rawValue)).subtracting(knownCommunities)
                if !newCommunities.isEmpty {
                    try await KnownCommunities.check(newCommunities, in: store) { community in
                        "\(file): event '\(batch.first { $0.community.rawValue == community }?.id ?? "")' field community"
                    }
                    knownCommunities.formUnion(newCommunities)
                }
                let prefetched = try await finishCommit()
                var window = if let prefetched { prefetched } else { try await store.ledgerWindow(for: batch, since: since) }
                if let previous = startCommit(nextWindowOf: nextBatch) {
                    window = window.overlaying(previous.change, for: batch, since: since)
                }
                let reader = MeasuresFactsReader(store: residents, includeCare: measures.needsCare)
                let report = try await measures.run(batch, ledger: window, conventions: conventions,
                                                    facts: { try await reader.facts(for: $0) }, recordedOn: recordedOn)
                judged = JudgedBatch(events: batch, report: report, change: LedgerChange(fromWindow: window, to: report.ledger))
            }
            try await commitAll()
        } catch {
            try await commitAll()
            throw error
        }
        return summary
    }
}
