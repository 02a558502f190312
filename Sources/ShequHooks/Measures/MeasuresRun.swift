import ShequCore
import ShequLua

/// Judges behaviour events with a plugin's `measures` hook under the convention in force
/// on the day each happened (条例第三十条), and applies them to a copy of a ledger.
///
/// For each event not yet applied: the community's convention with a version in force
/// on that day is chosen, the hook is called on a pool, and the results go through the
/// legal guard, the article check and the declared bounds (``EventEvaluation/evaluate(_:proposals:convention:bounds:ledger:)``).
/// An event on which the plugin fails is reported and writes nothing; the others apply.
/// Nothing is written to a store here: the caller commits ``MeasuresRunReport/ledger``
/// (``LedgerStore/commit(_:)``) or, for a preview, throws it away.
///
/// ```swift
/// let run = try MeasuresRun(plugin: plugin)
/// let reader = MeasuresFactsReader(store: store, includeCare: run.needsCare)
/// let report = try await run.run(events, ledger: ledger, conventions: conventions,
///                                facts: { try await reader.facts(for: $0) }, recordedOn: today)
/// try await store.commit(LedgerChange(from: ledger, to: report.ledger))
/// ```
public struct MeasuresRun: Sendable {
    /// The plugin's validated declaration.
    public let bounds: MeasureBounds
    /// Whether the plugin declared it needs care categories.
    public let needsCare: Bool
    /// The pool the hook runs on.
    public let evaluator: MeasuresEvaluator

    /// Prepares a plugin loaded with ``MeasuresManifest/host(_:)``.
    ///
    /// - Throws: ``PluginError`` when the declaration is missing or invalid, or the hook is absent.
    public init(plugin: Plugin, workers: Int = 2, isolation: PluginIsolation = .inProcess) throws(PluginError) {
        bounds = try MeasuresManifest.bounds(of: plugin)
        needsCare = try MeasuresManifest.needs(of: plugin).contains("care")
        evaluator = try MeasuresEvaluator(plugin: plugin, workers: workers, isolation: isolation)
    }

    /// Judges `events` (in the order given) against `ledger` and returns the new ledger.
    public func run(_ events: [BehaviourEvent], ledger: PointsLedger, conventions: [Convention],
                    facts: (BehaviourEvent) async throws -> MeasuresFacts, recordedOn: CivilDate) async throws -> MeasuresRunReport {
        // Each community's conventions in identity order, sorted once per run rather than once per event.
        let byCommunity = Dictionary(grouping: conventions, by: \.community).mapValues { $0.sorted { $0.id < $1.id } }
        // The evaluator's input as two arrays (no tuple to copy per read), and each event's convention.
        var pendingEvents: [BehaviourEvent] = []
        var pendingContexts: [MeasuresContext] = []
        var pendingConventions: [Convention] = []
        var withoutConvention: [String] = []
        var alreadyApplied = 0
        for event in events {
            if ledger.appliedEvents.contains(event.id) {
                alreadyApplied += 1
                continue
            }
            let candidates = byCommunity[event.community] ?? []
            var version: ConventionVersion?
            var chosen: Convention?
            for candidate in candidates {
                if let inForce = candidate.versionInForce(on: event.occurredOn).version {
                    (chosen, version) = (candidate, inForce)
                    break
                }
            }
            guard let convention = chosen ?? candidates.first else {
                // Left open: once the community files a convention, a later run judges it.
                withoutConvention.append(event.id)
                continue
            }
            pendingContexts.append(MeasuresContext(version: version, facts: try await facts(event)))
            pendingEvents.append(event)
            pendingConventions.append(convention)
        }
        let results = await evaluator.evaluate(MeasuresBatch(events: pendingEvents, contexts: pendingContexts))
        var next = ledger
        var evaluations: [EventEvaluation] = []
        evaluations.reserveCapacity(pendingEvents.count)
        for index in pendingEvents.indices {
            // Judged against the ledger as the events before it left it, so per-period bounds count them.
            let evaluation = switch results[index] {
            case .measures(let proposals):
                EventEvaluation.evaluate(pendingEvents[index], proposals: proposals, convention: pendingConventions[index],
                                         bounds: bounds, ledger: next)
            case .failed(let message):
                EventEvaluation.failed(pendingEvents[index], plugin: bounds.plugin, message: message)
            }
            next.apply(evaluation, recordedOn: recordedOn)
            evaluations.append(evaluation)
        }
        return MeasuresRunReport(ledger: next, evaluations: evaluations, withoutConvention: withoutConvention,
                                 alreadyApplied: alreadyApplied)
    }
}
