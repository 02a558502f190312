/// How many events a batch wrote and how many were already stored.
public struct EventRecordSummary: Sendable, Hashable, Codable {
    /// Events written now.
    public var written: Int
    /// Events already stored with the same content.
    public var unchanged: Int

    /// Creates a summary.
    public init(written: Int = 0, unchanged: Int = 0) {
        self.written = written
        self.unchanged = unchanged
    }
}
