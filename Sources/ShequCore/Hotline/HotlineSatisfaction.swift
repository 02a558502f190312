/// The caller's answer when called back after a request was handled (回访满意度, Art. 15).
public enum HotlineSatisfaction: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// 非常满意.
    case verySatisfied
    /// 满意.
    case satisfied
    /// 基本满意.
    case basicallySatisfied
    /// 不满意.
    case dissatisfied
    /// 非常不满意.
    case veryDissatisfied

    public var chineseName: String {
        switch self {
        case .verySatisfied: "非常满意"
        case .satisfied: "满意"
        case .basicallySatisfied: "基本满意"
        case .dissatisfied: "不满意"
        case .veryDissatisfied: "非常不满意"
        }
    }

    /// Whether the answer counts as satisfied in the satisfaction rate (基本满意 and better).
    public var isSatisfied: Bool {
        switch self {
        case .verySatisfied, .satisfied, .basicallySatisfied: true
        case .dissatisfied, .veryDissatisfied: false
        }
    }
}
