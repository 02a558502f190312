/// The state of a need raised under a care case.
///
/// ```
/// 待解决 → 办理中 → 已解决
///    ↘ 已转介 → 已解决       待解决/办理中/已转介 → 已撤销
/// ```
public enum CareNeedState: String, LifecycleState {
    /// Raised, nobody working on it yet (待解决).
    case outstanding
    /// Being worked on (办理中).
    case inProgress
    /// Handed to a department or organisation (已转介).
    case referred
    /// Met (已解决).
    case met
    /// No longer needed (已撤销).
    case withdrawn

    public var chineseName: String {
        switch self {
        case .outstanding: "待解决"
        case .inProgress: "办理中"
        case .referred: "已转介"
        case .met: "已解决"
        case .withdrawn: "已撤销"
        }
    }

    public var successors: Set<CareNeedState> {
        switch self {
        case .outstanding: [.inProgress, .referred, .met, .withdrawn]
        case .inProgress: [.referred, .met, .withdrawn]
        case .referred: [.met, .withdrawn]
        case .met, .withdrawn: []
        }
    }

    /// Whether the need still waits for an answer.
    public var isOpen: Bool { !isFinal }
}
