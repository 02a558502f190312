/// The result of a community worker's annual evaluation (年度考核等次, Art. 39).
public enum CommunityWorkerEvaluationGrade: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// 优秀.
    case excellent
    /// 称职.
    case competent
    /// 基本称职.
    case basicallyCompetent
    /// 不称职.
    case incompetent

    public var chineseName: String {
        switch self {
        case .excellent: "优秀"
        case .competent: "称职"
        case .basicallyCompetent: "基本称职"
        case .incompetent: "不称职"
        }
    }
}
