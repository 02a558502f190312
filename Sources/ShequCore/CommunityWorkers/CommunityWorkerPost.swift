/// The three posts of the community-worker pay system (三岗, Art. 39).
public enum CommunityWorkerPost: Int, Sendable, Hashable, Codable, Comparable, ChineseNamedCase {
    /// Other full-time community staff (其他社区专职工作人员).
    case staff = 1
    /// Deputy heads (副职).
    case deputy = 2
    /// Heads: the Party secretary and the committee director (正职).
    case head = 3

    public var chineseName: String {
        switch self {
        case .staff: "其他专职工作人员"
        case .deputy: "副职"
        case .head: "正职"
        }
    }

    /// Lower posts sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
