/// A batch of events the store refuses.
public enum EventStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An event id is already stored with other content.
    case conflictingEvent(id: String)

    public var description: String {
        switch self {
        case .conflictingEvent(let id):
            "event '\(id)' is already recorded with different content: events are never edited; record the correction as a new event with a new id"
        }
    }
}
