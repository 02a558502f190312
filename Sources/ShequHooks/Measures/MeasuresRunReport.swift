import ShequCore

/// What a ``MeasuresRun`` did: the ledger after the run, the evaluation of every event
/// judged, and the events it left open.
public struct MeasuresRunReport: Sendable {
    /// The ledger with the new entries (not yet stored).
    public let ledger: PointsLedger
    /// Every event judged, in order, with its applied and refused measures or its plugin failure.
    public let evaluations: [EventEvaluation]
    /// Events of communities without any convention: not judged, left open.
    public let withoutConvention: [String]
    /// Events skipped because the ledger had already applied them.
    public let alreadyApplied: Int

    /// Events on which the plugin failed, with its message.
    public var failures: [(eventID: String, message: String)] {
        evaluations.compactMap { evaluation in evaluation.failure.map { (evaluation.event.id, $0) } }
    }
}
