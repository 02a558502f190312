import Foundation

/// Where a request goes and by when it must be handled, with the reason.
public struct HotlineRoutingDecision: Sendable, Hashable, Codable {
    /// Who decided: the county's table or the county's Lua hook.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The routing table.
        case table
        /// The county's routing hook changed the table's proposal.
        case hook
    }

    /// The department the request goes to.
    public var department: String
    /// Hours from the request to its deadline.
    public var deadlineHours: Int
    /// The deadline (Open311 `expected_datetime`).
    public var expectedAt: Date
    /// The prefix of the rule that matched, `nil` when the fallback applied.
    public var matchedPrefix: String?
    /// Who decided.
    public var source: Source
    /// Why, in Chinese, for the work-order record.
    public var reason: String

    /// Creates a decision.
    public init(department: String, deadlineHours: Int, expectedAt: Date, matchedPrefix: String?, source: Source, reason: String) {
        self.department = department
        self.deadlineHours = deadlineHours
        self.expectedAt = expectedAt
        self.matchedPrefix = matchedPrefix
        self.source = source
        self.reason = reason
    }
}
