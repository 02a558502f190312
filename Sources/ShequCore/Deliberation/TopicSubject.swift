/// What a deliberation topic concerns; Art. 33 ¶2 names the three kinds of major matters.
public enum TopicSubject: String, Sendable, Hashable, Codable, CaseIterable {
    /// 公共利益
    case publicInterest = "public_interest"
    /// 公益事业
    case publicWelfare = "public_welfare"
    /// 社会治理
    case socialGovernance = "social_governance"

    /// The subject in Chinese.
    public var chineseName: String {
        switch self {
        case .publicInterest: "公共利益"
        case .publicWelfare: "公益事业"
        case .socialGovernance: "社会治理"
        }
    }
}
