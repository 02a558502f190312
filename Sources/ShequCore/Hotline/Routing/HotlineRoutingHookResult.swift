/// What a county's Lua routing hook may return; `nil` fields keep the table's proposal.
///
/// ```lua
/// return { department = "浉河区城管局", deadline_hours = 24, reason = "夜间施工，从快处理" }
/// ```
public struct HotlineRoutingHookResult: Sendable, Hashable, Codable {
    /// A department from the input's `departments`, or `nil` to keep the proposal's.
    public var department: String?
    /// Hours to the deadline, 1 to 2160 (90 days), or `nil` to keep the proposal's.
    public var deadlineHours: Int?
    /// Why, in Chinese; recorded on the work order.
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case department, reason
        case deadlineHours = "deadline_hours"
    }

    /// Creates a result.
    public init(department: String? = nil, deadlineHours: Int? = nil, reason: String? = nil) {
        self.department = department
        self.deadlineHours = deadlineHours
        self.reason = reason
    }
}
