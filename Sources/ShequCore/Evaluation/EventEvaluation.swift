/// The result of judging one behaviour event: the measures that apply, to whom, and
/// the ones refused with their reasons.
///
/// Made only by ``evaluate(_:proposals:convention:bounds:ledger:)``, so every applied
/// measure has passed the legal guard, the article check and the plugin's bounds — or
/// by ``failed(_:plugin:message:)`` when the plugin raised an error on the event.
///
/// ```swift
/// let evaluation = EventEvaluation.evaluate(event, proposals: proposals, convention: convention,
///                                           bounds: bounds, ledger: ledger)
/// evaluation.applied.map(\.measure.reason)
/// evaluation.refused.map(\.reason.description)
/// ```
public struct EventEvaluation: Sendable, Hashable, Codable {
    /// The event judged.
    public let event: BehaviourEvent
    /// The convention version in force on the day it happened, if any.
    public let version: ConventionVersionReference?
    /// The plugin whose results these are.
    public let plugin: PluginReference
    /// Measures that apply, in the order the plugin returned them.
    public let applied: [AppliedMeasure]
    /// Measures refused, with why.
    public let refused: [RefusedMeasure]
    /// The plugin's error, when it failed on this event; nothing applies then, and the
    /// ledger does not mark the event applied, so it can be judged again once fixed.
    public let failure: String?

    init(event: BehaviourEvent, version: ConventionVersionReference?, plugin: PluginReference,
         applied: [AppliedMeasure], refused: [RefusedMeasure], failure: String? = nil) {
        self.event = event
        self.version = version
        self.plugin = plugin
        self.applied = applied
        self.refused = refused
        self.failure = failure
    }

    /// The evaluation of an event on which the plugin raised an error: no measure
    /// applies, and the message is kept for the batch report.
    public static func failed(_ event: BehaviourEvent, plugin: PluginReference, message: String) -> EventEvaluation {
        EventEvaluation(event: event, version: nil, plugin: plugin, applied: [], refused: [], failure: message)
    }

    /// The points change per subject this evaluation causes.
    public var pointsChanges: [PointsSubject: Int] {
        applied.reduce(into: [:]) { $0[$1.subject, default: 0] += $1.measure.pointsChange }
    }
}
