/// The state of logged volunteer hours: only confirmed hours count (Art. 25).
///
/// ```
/// 待确认 → 已确认
///       ↘ 已退回 (the volunteer logs a corrected entry)
/// ```
public enum ServiceHourState: String, LifecycleState {
    /// Logged by the volunteer, waiting for the organiser (待确认).
    case logged
    /// Confirmed by an organiser of the project (已确认).
    case confirmed
    /// Sent back by an organiser, with a reason (已退回).
    case rejected

    public var chineseName: String {
        switch self {
        case .logged: "待确认"
        case .confirmed: "已确认"
        case .rejected: "已退回"
        }
    }

    public var successors: Set<ServiceHourState> {
        switch self {
        case .logged: [.confirmed, .rejected]
        case .confirmed, .rejected: []
        }
    }
}
