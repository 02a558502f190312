/// A rung of the dispute-resolution ladder, lowest first (就地化解, Art. 35).
///
/// The natural order is grid worker → community mediation committee → township → county;
/// a county's ``DisputeLadder`` uses these levels in this order and may leave some out.
public enum DisputeLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 网格员 (Art. 35 ¶3)
    case gridWorker = "grid_worker"
    /// 社区(村)人民调解委员会 (Art. 35 ¶3)
    case communityMediation = "community_mediation"
    /// 街道、乡镇: comprehensive-governance centre, police station, judicial office, people's court liaison (Art. 35 ¶2)
    case township
    /// 县、区 (Art. 35 ¶1)
    case county

    /// 0 for the grid worker, up to 3 for the county.
    public var rank: Int {
        switch self {
        case .gridWorker: 0
        case .communityMediation: 1
        case .township: 2
        case .county: 3
        }
    }

    public static func < (lhs: DisputeLevel, rhs: DisputeLevel) -> Bool { lhs.rank < rhs.rank }

    /// The level in Chinese.
    public var chineseName: String {
        switch self {
        case .gridWorker: "网格员"
        case .communityMediation: "社区(村)人民调解委员会"
        case .township: "街道(乡镇)"
        case .county: "县(区)"
        }
    }
}

/// The bodies a street office or township coordinates for disputes (Art. 35 ¶2).
public enum TownshipBody: String, Sendable, Hashable, Codable, CaseIterable {
    /// 综治中心
    case comprehensiveGovernanceCentre = "comprehensive_governance_centre"
    /// 公安派出所
    case policeStation = "police_station"
    /// 司法所
    case judicialOffice = "judicial_office"
    /// 人民法庭联络点
    case peoplesCourtLiaison = "peoples_court_liaison"

    /// The body in Chinese.
    public var chineseName: String {
        switch self {
        case .comprehensiveGovernanceCentre: "综治中心"
        case .policeStation: "公安派出所"
        case .judicialOffice: "司法所"
        case .peoplesCourtLiaison: "人民法庭联络点"
        }
    }
}
