/// A utility a facility is billed for (Art. 41).
public enum FacilityUtility: String, Sendable, Hashable, Codable, CodingKeyRepresentable, ChineseNamedCase {
    /// Water (用水).
    case water
    /// Electricity (用电).
    case electricity
    /// Gas (用气).
    case gas

    public var chineseName: String {
        switch self {
        case .water: "用水"
        case .electricity: "用电"
        case .gas: "用气"
        }
    }
}
