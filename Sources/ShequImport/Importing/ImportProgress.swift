/// How far an import or generation has come, reported to a progress display.
public struct ImportProgress: Sendable, Hashable {
    /// Units done: bytes of the file, or communities generated.
    public var done: Int
    /// Units in total; 0 when unknown.
    public var total: Int
    /// Records read or households generated so far.
    public var records: Int

    public init(done: Int, total: Int, records: Int) {
        self.done = done
        self.total = total
        self.records = records
    }

    /// Completed fraction in `0...1`, or `nil` when the total is unknown.
    public var fraction: Double? { total > 0 ? min(1, Double(done) / Double(total)) : nil }
}
