import Foundation

/// One entry of an incident's timeline.
public struct EmergencyStatusChange: Sendable, Hashable, Codable {
    /// The state before.
    public var from: EmergencyStatus
    /// The state after.
    public var to: EmergencyStatus
    /// When.
    public var at: Date
    /// Who recorded it: a unit, a command post or a worker's identifier.
    public var by: String
    /// What happened.
    public var note: String?

    /// Creates a timeline entry.
    public init(from: EmergencyStatus, to: EmergencyStatus, at: Date, by: String, note: String? = nil) {
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.note = note
    }
}
