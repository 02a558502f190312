/// The state of an emergency incident, with the steps allowed between states (Art. 37).
///
/// ```
/// 已接报 → 已调度 → 处置中 → 已控制 → 善后中 → 已结案
///    ↘ 误报 (false alarm, from 已接报 or 已调度)
/// ```
public enum EmergencyStatus: String, LifecycleState {
    /// Reported (已接报).
    case reported
    /// Units dispatched (已调度).
    case dispatched
    /// Being dealt with on the spot (处置中).
    case responding
    /// Under control (已控制).
    case contained
    /// Aftermath being handled (善后中).
    case aftermath
    /// Closed (已结案).
    case closed
    /// A false alarm (误报).
    case falseAlarm

    public var chineseName: String {
        switch self {
        case .reported: "已接报"
        case .dispatched: "已调度"
        case .responding: "处置中"
        case .contained: "已控制"
        case .aftermath: "善后中"
        case .closed: "已结案"
        case .falseAlarm: "误报"
        }
    }

    public var successors: Set<EmergencyStatus> {
        switch self {
        case .reported: [.dispatched, .falseAlarm]
        case .dispatched: [.responding, .falseAlarm]
        case .responding: [.contained]
        case .contained: [.aftermath, .responding, .closed]
        case .aftermath: [.closed]
        case .closed, .falseAlarm: []
        }
    }
}
