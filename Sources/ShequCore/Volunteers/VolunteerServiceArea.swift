/// A field of volunteer service a community platform offers (Art. 25 ¶2).
public enum VolunteerServiceArea: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Housekeeping help (家政服务).
    case housekeeping
    /// Cultural and sports activities (文体活动).
    case cultureAndSports
    /// Counselling (心理疏导).
    case counselling
    /// Health care (医疗保健).
    case healthCare
    /// Legal services (法律服务).
    case legal
    /// Publicity and education (宣传教育).
    case publicity
    /// Help for the elderly (助老服务, Art. 20).
    case elderlyCare
    /// Cleaning up the living environment (环境整治).
    case environment
    /// Safety patrols (平安巡逻, Art. 36).
    case safetyPatrol
    /// Anything else (其他).
    case other

    public var chineseName: String {
        switch self {
        case .housekeeping: "家政服务"
        case .cultureAndSports: "文体活动"
        case .counselling: "心理疏导"
        case .healthCare: "医疗保健"
        case .legal: "法律服务"
        case .publicity: "宣传教育"
        case .elderlyCare: "助老服务"
        case .environment: "环境整治"
        case .safetyPatrol: "平安巡逻"
        case .other: "其他"
        }
    }
}
