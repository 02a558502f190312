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
enum PointsIngest {
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
                    households: batch.compactMap { $0.household.map(HouseholdID.init(rawValue:)) })
                return (batch, residents)
            }
        }
        var nextBatch = readAhead()
        defer { nextBatch.cancel() }
        while true {
            let batch: [BehaviourEvent], residents: ResidentSnapshot?
            do { (batch, residents) = try await nextBatch.value } catch let error as ImportError {
                throw CommandFailure.rule(error.description)
            }
            guard let earliest = batch.map(\.occurredOn).min(), let residents else { break }
            nextBatch = readAhead()
            let newCommunities = Set(batch.map(\.community.rawValue)).subtracting(knownCommunities)
            if !newCommunities.isEmpty {
                try await KnownCommunities.check(newCommunities, in: store) { community in
                    "\(file): event '\(batch.first { $0.community.rawValue == community }?.id ?? "")' field community"
                }
                knownCommunities.formUnion(newCommunities)
            }
            // Per-period bounds count a subject's entries from the start of the period of the event's day.
            let since = periods.map { $0.range(containing: earliest).first }.min() ?? earliest
            let window = try await store.ledgerWindow(for: batch, since: since)
            let reader = MeasuresFactsReader(store: residents, includeCare: measures.needsCare)
            let report = try await measures.run(batch, ledger: window, conventions: conventions,
                                                facts: { try await reader.facts(for: $0) }, recordedOn: recordedOn)
            let change = LedgerChange(fromWindow: window, to: report.ledger)
            let recorded: EventRecordSummary
            do { recorded = try await store.record(batch, committing: change) } catch let error as EventStoreError {
                throw CommandFailure.rule("\(file): \(error)")
            }
            summary.add(batch: batch.count, recorded: recorded, report: report, change: change)
        }
        return summary
    }
}
