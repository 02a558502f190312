import Foundation

/// A stretch of time during which one holder had a dispute.
public struct DisputeHolding: Sendable, Hashable, Codable {
    /// How a holding ended.
    public enum End: String, Sendable, Hashable, Codable {
        /// Passed up because the time limit ran out.
        case timedOut = "timed_out"
        /// Passed up before the limit (mediation failed, parties asked).
        case escalated
        /// The dispute was closed while held here.
        case closed
    }

    /// Who held it.
    public var holder: DisputeHolder
    /// From when.
    public var from: Date
    /// Until when; `nil` while still held.
    public var until: Date?
    /// How it ended; `nil` while still held.
    public var end: End?

    /// Creates a holding.
    public init(holder: DisputeHolder, from: Date, until: Date? = nil, end: End? = nil) {
        self.holder = holder
        self.from = from
        self.until = until
        self.end = end
    }

    /// How long it was held, up to `now` while still held.
    public func duration(at now: Date) -> TimeInterval {
        (until ?? now).timeIntervalSince(from)
    }
}
