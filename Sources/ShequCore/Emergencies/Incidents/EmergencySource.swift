/// The line an emergency came in on (Art. 37: 110, 119, 120, 12345 and the community).
public enum EmergencySource: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// The police line (110).
    case police110
    /// The fire and rescue line (119).
    case fire119
    /// The medical emergency line (120).
    case medical120
    /// The government service hotline (12345).
    case hotline12345
    /// Reported by the residents' or villagers' committee or a grid worker (社区上报).
    case community
    /// Any other source (其他).
    case other

    public var chineseName: String {
        switch self {
        case .police110: "110"
        case .fire119: "119"
        case .medical120: "120"
        case .hotline12345: "12345"
        case .community: "社区上报"
        case .other: "其他"
        }
    }
}
