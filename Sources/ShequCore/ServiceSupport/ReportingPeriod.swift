import Foundation

/// A half-open span of time `[start, end)` that a report covers.
///
/// ```swift
/// let march = ReportingPeriod(start: marchFirst, end: aprilFirst)
/// march.previous // the span of the same length just before March
/// ```
public struct ReportingPeriod: Sendable, Hashable, Codable {
    /// The first instant in the period.
    public var start: Date
    /// The first instant after the period.
    public var end: Date

    /// Creates a period; `end` must not be before `start`.
    public init(start: Date, end: Date) {
        precondition(end >= start, "a reporting period must not end before it starts")
        self.start = start
        self.end = end
    }

    /// Whether `date` falls inside the period.
    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// The period of the same length that ends where this one starts, for trends.
    public var previous: ReportingPeriod {
        ReportingPeriod(start: start.addingTimeInterval(-end.timeIntervalSince(start)), end: start)
    }
}
