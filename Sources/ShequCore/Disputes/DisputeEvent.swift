import Foundation

/// One entry in a dispute's full history.
public struct DisputeEvent: Sendable, Hashable, Codable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Codable {
        case received
        case mediatorAssigned = "mediator_assigned"
        case sessionHeld = "session_held"
        case escalatedOnTimeOut = "escalated_on_time_out"
        case escalated
        case closed
    }

    /// What happened.
    public var kind: Kind
    /// When.
    public var at: Date
    /// The level holding the dispute after the event.
    public var level: DisputeLevel
    /// Who did it (person, unit, or the escalation rule).
    public var actor: String
    /// What happened, in Chinese.
    public var note: String

    /// Creates an event.
    public init(kind: Kind, at: Date, level: DisputeLevel, actor: String, note: String) {
        self.kind = kind
        self.at = at
        self.level = level
        self.actor = actor
        self.note = note
    }
}
