/// The state of a volunteer project.
///
/// ```
/// 筹备中 → 招募中 → 进行中 → 已结束
///      ↘ 已取消 (from any state before 已结束)
/// ```
public enum VolunteerProjectState: String, LifecycleState {
    /// Being prepared (筹备中).
    case planned
    /// Taking sign-ups (招募中).
    case recruiting
    /// Under way, still taking sign-ups (进行中).
    case running
    /// Over; hours served may still be logged and confirmed (已结束).
    case finished
    /// Called off (已取消).
    case cancelled

    public var chineseName: String {
        switch self {
        case .planned: "筹备中"
        case .recruiting: "招募中"
        case .running: "进行中"
        case .finished: "已结束"
        case .cancelled: "已取消"
        }
    }

    public var successors: Set<VolunteerProjectState> {
        switch self {
        case .planned: [.recruiting, .cancelled]
        case .recruiting: [.running, .cancelled]
        case .running: [.finished, .cancelled]
        case .finished, .cancelled: []
        }
    }

    /// Whether volunteers may sign up.
    public var acceptsSignUps: Bool { self == .recruiting || self == .running }
}
