/// The usual indicators of hotline work over the requests received in a period (Art. 15).
///
/// - completion rate (办结率): completed ÷ valid requests (invalid orders left out);
/// - on-time rate (按时办结率): completed by the deadline ÷ completed with a deadline;
/// - satisfaction rate (满意率): 基本满意 or better ÷ callbacks answered.
public struct HotlineIndicators: Sendable, Hashable, Codable {
    /// Requests received in the period.
    public var received: Int
    /// Received requests not found invalid.
    public var valid: Int
    /// Valid requests completed (办结 or later).
    public var completed: Int
    /// Completed requests that had a deadline.
    public var completedWithDeadline: Int
    /// Completed requests handled by their deadline.
    public var completedOnTime: Int
    /// Requests still open and past their deadline at the time of the report.
    public var overdueOpen: Int
    /// Requests with a callback answer.
    public var rated: Int
    /// Callback answers of 基本满意 or better.
    public var satisfied: Int

    /// Creates the indicators from counts.
    public init(
        received: Int, valid: Int, completed: Int, completedWithDeadline: Int, completedOnTime: Int,
        overdueOpen: Int, rated: Int, satisfied: Int
    ) {
        self.received = received
        self.valid = valid
        self.completed = completed
        self.completedWithDeadline = completedWithDeadline
        self.completedOnTime = completedOnTime
        self.overdueOpen = overdueOpen
        self.rated = rated
        self.satisfied = satisfied
    }

    /// 办结率, or `nil` without valid requests.
    public var completionRate: Double? { Self.ratio(completed, valid) }
    /// 按时办结率, or `nil` without completed requests that had a deadline.
    public var onTimeRate: Double? { Self.ratio(completedOnTime, completedWithDeadline) }
    /// 满意率, or `nil` without callback answers.
    public var satisfactionRate: Double? { Self.ratio(satisfied, rated) }

    private static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
