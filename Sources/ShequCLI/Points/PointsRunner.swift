import ShequCore
import ShequHooks

/// Judges the recorded events not yet applied with a points plugin and commits the new
/// ledger entries in one transaction; `shequ points run` and `shequ events import --plugin` use it.
enum PointsRunner {
    static func run(_ measures: MeasuresRun, store: any WorkspaceStore, community: CommunityID?,
                    recordedOn: CivilDate) async throws -> MeasuresRunReport {
        let ledger = try await store.ledger()
        let events = try await store.events(of: community)
        let conventions = try await store.conventions(of: community)
        let reader = MeasuresFactsReader(store: store, includeCare: measures.needsCare)
        let report = try await measures.run(events, ledger: ledger, conventions: conventions,
                                            facts: { try await reader.facts(for: $0) }, recordedOn: recordedOn)
        try await store.commit(LedgerChange(from: ledger, to: report.ledger))
        return report
    }
}
