/// The number of requests under one key (a community, grid, category or type) in a
/// period, against the previous period.
public struct HotlineTally: Sendable, Hashable, Codable {
    /// The key counted by: a community code, grid code, service code or type.
    public var key: String
    /// What county staff read for the key: a name where one is known, else the key.
    public var label: String
    /// Requests in the period.
    public var count: Int
    /// Requests in the previous period of the same length.
    public var previousCount: Int
    /// `count - previousCount`.
    public var change: Int
    /// How the count moved.
    public var trend: HotlineTrend

    /// Creates a tally.
    public init(key: String, label: String, count: Int, previousCount: Int) {
        self.key = key
        self.label = label
        self.count = count
        self.previousCount = previousCount
        self.change = count - previousCount
        self.trend = HotlineTrend(current: count, previous: previousCount)
    }

    /// The change as a share of the previous count (环比); `nil` when there was none before.
    public var changeRatio: Double? {
        previousCount == 0 ? nil : Double(change) / Double(previousCount)
    }
}
