/// The level of a safety risk, by the four-colour scheme (红橙黄蓝).
public enum SafetyRiskLevel: Int, Sendable, Hashable, Codable, Comparable, ChineseNamedCase {
    /// Major risk, red (重大风险).
    case major = 1
    /// Significant risk, orange (较大风险).
    case significant = 2
    /// Ordinary risk, yellow (一般风险).
    case ordinary = 3
    /// Low risk, blue (低风险).
    case low = 4

    public var chineseName: String {
        switch self {
        case .major: "重大风险"
        case .significant: "较大风险"
        case .ordinary: "一般风险"
        case .low: "低风险"
        }
    }

    /// Higher risks sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
