import ShequCore

/// The events of one ``MeasuresEvaluator/evaluate(_:)`` call and their contexts, held in two
/// arrays that every ``MeasuresCall`` of the call shares.
///
/// Reading an element of an array of `(event, context)` tuples copies the whole tuple, retaining
/// every string of the event, even to read one field; a struct element of an array is read in
/// place. Items given as tuples are copied into a batch once, run by run in the workers' tasks;
/// ``MeasuresRun`` builds the arrays directly.
final class MeasuresBatch: Sendable {
    let events: [BehaviourEvent]
    let contexts: [MeasuresContext]

    init(_ items: ArraySlice<(event: BehaviourEvent, context: MeasuresContext)>) {
        events = items.map(\.event)
        contexts = items.map(\.context)
    }

    /// Each event with the context at the same position.
    init(events: [BehaviourEvent], contexts: [MeasuresContext]) {
        precondition(events.count == contexts.count, "MeasuresBatch needs one context per event")
        self.events = events
        self.contexts = contexts
    }
}
