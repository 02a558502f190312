import Foundation

/// One entry in a dispute's full history.
public struct DisputeEvent: Sendable, Hashable, Codable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// 受理
        case received
        /// 指派调解人员
        case mediatorAssigned = "mediator_assigned"
        /// 调解
        case sessionHeld = "session_held"
        /// 超时移交
        case escalatedOnTimeOut = "escalated_on_time_out"
        /// 提前移交
        case escalated
        /// 结案
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
