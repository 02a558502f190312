/// How serious a hidden hazard is (隐患等级).
public enum HazardLevel: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Can be fixed quickly by the responsible unit (一般隐患).
    case ordinary
    /// Needs a plan, funding or a stop to use (重大隐患).
    case major

    public var chineseName: String {
        switch self {
        case .ordinary: "一般隐患"
        case .major: "重大隐患"
        }
    }
}
