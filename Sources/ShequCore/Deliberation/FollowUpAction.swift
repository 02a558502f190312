import Foundation

/// Something to be done after a deliberation decided, with who does it and where it stands (Art. 33).
///
/// ```swift
/// var action = FollowUpAction(id: "f1", description: "联系电梯厂家出具报价", responsible: "社区居委会 王某",
///                             dueDate: due, createdAt: now)
/// try action.move(to: .inProgress, at: later, note: "已联系三家厂家")
/// ```
public struct FollowUpAction: Sendable, Hashable, Codable, Identifiable {
    /// Where a follow-up action stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// 待办
        case planned
        /// 进行中
        case inProgress = "in_progress"
        /// 已完成
        case done
        /// 已取消
        case cancelled

        /// The statuses reachable from this one.
        public var allowedNext: [Status] {
            switch self {
            case .planned: [.inProgress, .done, .cancelled]
            case .inProgress: [.done, .cancelled]
            case .done, .cancelled: []
            }
        }
    }

    /// One status change.
    public struct Change: Sendable, Hashable, Codable {
        /// The status after the change.
        public var to: Status
        /// When.
        public var at: Date
        /// Why, in Chinese.
        public var note: String
    }

    /// The action's id within the topic.
    public var id: String
    /// What is to be done, in Chinese.
    public var description: String
    /// Who does it.
    public var responsible: String
    /// By when.
    public var dueDate: Date?
    /// Where it stands.
    public internal(set) var status: Status
    /// Its status changes, oldest first; the first is the creation.
    public internal(set) var history: [Change]

    /// Creates a planned action.
    public init(id: String, description: String, responsible: String, dueDate: Date? = nil, createdAt: Date) {
        self.id = id
        self.description = description
        self.responsible = responsible
        self.dueDate = dueDate
        self.status = .planned
        self.history = [Change(to: .planned, at: createdAt, note: "登记后续事项")]
    }

    /// Moves the action to a new status.
    public mutating func move(to next: Status, at date: Date, note: String) throws(DeliberationError) {
        guard status.allowedNext.contains(next) else {
            throw .followUpTransitionNotAllowed(actionID: id, from: status, to: next)
        }
        history.append(Change(to: next, at: date, note: note))
        status = next
    }

    /// True when the action is not done or cancelled and its due date has passed at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard let dueDate, !status.allowedNext.isEmpty else { return false }
        return now > dueDate
    }
}
