import ShequCore
import ShequHooks

/// Judges events one community at a time, each against its own community's ledger, and commits each
/// community on its own (``LedgerStore/commit(_:in:)``).
///
/// On a shared PostgreSQL store several processes run at once: processes for other communities never wait
/// for each other, and when another process moved a community's ledger in between (the same county imported
/// twice at once), that community is read and judged again, so every event is applied exactly once.
enum CommunityPointsRun {
    /// How often a community is judged again after another process moved its ledger.
    static let attempts = 8

    static func run(_ measures: MeasuresRun, store: any WorkspaceStore, communities: [CommunityID],
                    recordedOn: CivilDate) async throws -> MeasuresRunSummary {
        let reader = MeasuresFactsReader(store: store, includeCare: measures.needsCare)
        var parts: [(report: MeasuresRunReport, entriesWritten: Int)] = []
        for community in communities.sorted() {
            var attempt = 1
            while true {
                let ledger = try await store.ledger(of: community)
                let events = try await store.events(of: community)
                let conventions = try await store.conventions(of: community)
                let report = try await measures.run(events, ledger: ledger, conventions: conventions,
                                                    facts: { try await reader.facts(for: $0) }, recordedOn: recordedOn)
                do {
                    try await store.commit(LedgerChange(from: ledger, to: report.ledger), in: community)
                    parts.append((report, report.ledger.entries.count - ledger.entries.count))
                    break
                } catch LedgerStoreError.ledgerMoved(let expected, let found) {
                    guard attempt < attempts else { throw LedgerStoreError.ledgerMoved(expected: expected, found: found) }
                    attempt += 1
                }
            }
        }
        return MeasuresRunSummary(parts, plugin: measures.bounds.plugin)
    }
}

extension MeasuresRunSummary {
    /// The summary of several communities' runs, as if they were one.
    init(_ parts: [(report: MeasuresRunReport, entriesWritten: Int)], plugin: PluginReference) {
        self.plugin = plugin.description
        judged = 0
        applied = 0
        entriesWritten = 0
        refused = []
        failed = []
        alreadyApplied = 0
        withoutConvention = []
        for (report, written) in parts {
            let part = MeasuresRunSummary(report, plugin: plugin, entriesWritten: written)
            judged += part.judged
            applied += part.applied
            entriesWritten += part.entriesWritten
            refused += part.refused
            failed += part.failed
            alreadyApplied += part.alreadyApplied
            withoutConvention += part.withoutConvention
        }
    }
}
