/// A stage that the housing and its community facility must pass together (同步, Art. 12).
public enum HousingProjectStage: Int, Sendable, Hashable, Codable, Comparable, CodingKeyRepresentable, ChineseNamedCase {
    /// Planned (同步规划).
    case planning = 1
    /// Built (同步建设).
    case construction = 2
    /// Accepted on completion (同步验收).
    case acceptance = 3
    /// Delivered for use (同步交付使用).
    case delivery = 4

    public var chineseName: String {
        switch self {
        case .planning: "规划"
        case .construction: "建设"
        case .acceptance: "验收"
        case .delivery: "交付"
        }
    }

    /// Earlier stages sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The stage after this one, `nil` after delivery.
    public var next: HousingProjectStage? { HousingProjectStage(rawValue: rawValue + 1) }
}
