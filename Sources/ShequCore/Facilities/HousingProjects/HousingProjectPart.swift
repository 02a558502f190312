/// The two parts of a housing project that must keep pace (Art. 12).
public enum HousingProjectPart: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// The homes (住宅).
    case housing
    /// The community service premises built with them (社区综合服务设施用房).
    case facility

    public var chineseName: String {
        switch self {
        case .housing: "住宅"
        case .facility: "社区综合服务设施用房"
        }
    }
}
