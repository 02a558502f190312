/// A refused change of state: the step is not one the record's lifecycle allows.
///
/// ```swift
/// do {
///     try HotlineStatus.received.checkTransition(to: .visited, record: "工单 H-1")
/// } catch {
///     print(error) // 工单 H-1: cannot go from 已受理 to 已回访; allowed next: 已派单, 已办结, 无效工单
/// }
/// ```
public struct LifecycleTransitionError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The record that was asked to change, e.g. `工单 H-1`.
    public var record: String
    /// The state it is in.
    public var from: String
    /// The state it was asked to move to.
    public var to: String
    /// The states it may move to instead; empty when it is in a final state.
    public var allowed: [String]

    /// Creates the error for one refused step.
    public init(record: String, from: String, to: String, allowed: [String]) {
        self.record = record
        self.from = from
        self.to = to
        self.allowed = allowed
    }

    public var description: String {
        if allowed.isEmpty {
            return "\(record): cannot go from \(from) to \(to); \(from) is final, open a new record instead"
        }
        return "\(record): cannot go from \(from) to \(to); allowed next: \(allowed.joined(separator: ", "))"
    }
}
