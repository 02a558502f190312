/// How a community worker came into post (Art. 39).
public enum CommunityWorkerHiringRoute: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Elected by residents or villagers (选举产生).
    case election
    /// Open recruitment (公开招聘).
    case openRecruitment
    /// Moved from another community or unit (调入).
    case transferIn

    public var chineseName: String {
        switch self {
        case .election: "选举产生"
        case .openRecruitment: "公开招聘"
        case .transferIn: "调入"
        }
    }
}
