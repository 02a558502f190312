/// How a community holds a facility (产权/来源, Art. 11 ¶3, Art. 13).
public enum FacilityTenure: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Owned by the government or the committee (自有).
    case owned
    /// Transferred from a department or unit (划转).
    case transferred
    /// Bought (购置).
    case purchased
    /// Obtained in exchange for other premises (置换).
    case swapped
    /// Rented (租用).
    case leased
    /// Built by a rural collective economic organisation on collective property (集体资产, Art. 13 ¶2).
    case collective
    /// Built with social capital (社会资本, Art. 13 ¶1).
    case socialCapital
    /// Delivered with a housing project (配建移交, Art. 12).
    case housingProject

    public var chineseName: String {
        switch self {
        case .owned: "自有"
        case .transferred: "划转"
        case .purchased: "购置"
        case .swapped: "置换"
        case .leased: "租用"
        case .collective: "集体资产"
        case .socialCapital: "社会资本"
        case .housingProject: "配建移交"
        }
    }
}
