import Foundation

/// A unit sent to an emergency (调度), and when it arrived.
public struct EmergencyDispatch: Sendable, Hashable, Codable {
    /// The unit's name, e.g. `浉河区消防救援大队`.
    public var unit: String
    /// What it does there.
    public var role: EmergencyUnitRole
    /// When it was sent.
    public var dispatchedAt: Date
    /// When it arrived, once it has.
    public var arrivedAt: Date?

    /// Creates a dispatch record.
    public init(unit: String, role: EmergencyUnitRole, dispatchedAt: Date, arrivedAt: Date? = nil) {
        self.unit = unit
        self.role = role
        self.dispatchedAt = dispatchedAt
        self.arrivedAt = arrivedAt
    }
}
