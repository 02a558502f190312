/// The number of requests received in one day or month of a report's period.
public struct HotlinePeriodCount: Sendable, Hashable, Codable {
    /// The day (`2026-03-01`) or month (`2026-03`), China Standard Time.
    public var period: String
    /// Requests received in it.
    public var count: Int

    /// Creates a count.
    public init(period: String, count: Int) {
        self.period = period
        self.count = count
    }
}
