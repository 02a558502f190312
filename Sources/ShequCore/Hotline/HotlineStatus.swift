/// The state of a 12345 work order (工单状态), with the steps allowed between states.
///
/// ```
/// 已受理 → 已派单 → 已签收 → 办理中 → 已办结 → 已回访 → 已归档
///    ↘ 已办结 (answered on the call)   ↘ 已退回 → 已派单 (re-dispatched)
/// 已回访 → 办理中 (redone after an unsatisfied callback)
/// ```
///
/// Open311 GeoReport v2 knows only `open` and `closed`: ``open311Status`` maps to it.
public enum HotlineStatus: String, LifecycleState {
    /// Taken in by the hotline (已受理).
    case received
    /// Sent to the responsible unit (已派单).
    case dispatched
    /// The unit has signed for it (已签收).
    case accepted
    /// Being handled (办理中).
    case inProgress
    /// Sent back by the unit as not its responsibility (已退回).
    case returned
    /// Handled and answered (已办结).
    case completed
    /// The caller has been called back for satisfaction (已回访).
    case visited
    /// Archived (已归档).
    case closed
    /// Not a valid request: a prank, a wrong number, a duplicate (无效工单).
    case invalid

    public var chineseName: String {
        switch self {
        case .received: "已受理"
        case .dispatched: "已派单"
        case .accepted: "已签收"
        case .inProgress: "办理中"
        case .returned: "已退回"
        case .completed: "已办结"
        case .visited: "已回访"
        case .closed: "已归档"
        case .invalid: "无效工单"
        }
    }

    public var successors: Set<HotlineStatus> {
        switch self {
        case .received: [.dispatched, .completed, .invalid]
        case .dispatched: [.accepted, .returned]
        case .accepted: [.inProgress, .completed, .returned]
        case .inProgress: [.completed, .returned]
        case .returned: [.dispatched, .invalid]
        case .completed: [.visited, .closed]
        case .visited: [.closed, .inProgress]
        case .closed, .invalid: []
        }
    }

    /// Whether the request has been handled (办结 or later, not invalid).
    public var isCompleted: Bool {
        self == .completed || self == .visited || self == .closed
    }

    /// The Open311 GeoReport v2 status: `closed` once handled or found invalid.
    public var open311Status: String {
        isCompleted || self == .invalid ? "closed" : "open"
    }
}
