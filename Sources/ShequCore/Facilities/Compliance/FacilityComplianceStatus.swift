/// Where a community stands against the facility area standard.
public enum FacilityComplianceStatus: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// The area meets the standard (达标).
    case compliant
    /// Below the standard; the remedies chosen cover the shortfall (不达标，已定整改方式).
    case shortfallCovered
    /// Below the standard; the remedies chosen cover part of it (不达标，整改不足).
    case shortfallPartlyCovered
    /// Below the standard with no remedy chosen (不达标，未定整改方式).
    case shortfallUnplanned

    public var chineseName: String {
        switch self {
        case .compliant: "达标"
        case .shortfallCovered: "不达标，已定整改方式"
        case .shortfallPartlyCovered: "不达标，整改不足"
        case .shortfallUnplanned: "不达标，未定整改方式"
        }
    }
}
