import Foundation

/// One climb of a dispute from one holder to the next.
public struct DisputeEscalation: Sendable, Hashable, Codable {
    /// Who held it.
    public var from: DisputeHolder
    /// Who holds it now.
    public var to: DisputeHolder
    /// When it changed hands.
    public var at: Date
    /// Why, in Chinese.
    public var reason: String
    /// True when the time limit ran out; false when a level passed it up.
    public var onTimeOut: Bool
}
