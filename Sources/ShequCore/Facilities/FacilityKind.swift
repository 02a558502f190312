/// A kind of community comprehensive service facility (城乡社区综合服务设施, Art. 11 ¶2).
public enum FacilityKind: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Offices of the residents' or villagers' committee (居/村委会办公用房).
    case committeeOffice
    /// Activity rooms and grounds (活动场所).
    case activityVenue
    /// Party and mass service centre (党群服务中心).
    case partyMassServiceCentre
    /// Comprehensive governance centre (综治中心).
    case governanceCentre
    /// Police room (警务室).
    case policeRoom
    /// Health station or clinic room (卫生站/室).
    case clinic
    /// Elderly care built on the facility (养老服务设施, Art. 20).
    case elderlyCare
    /// Psychological service room (社会心理服务工作室, Art. 22).
    case counsellingRoom
    /// Other comprehensive, multi-purpose public service space (其他综合服务设施).
    case other

    public var chineseName: String {
        switch self {
        case .committeeOffice: "居/村委会办公用房"
        case .activityVenue: "活动场所"
        case .partyMassServiceCentre: "党群服务中心"
        case .governanceCentre: "综治中心"
        case .policeRoom: "警务室"
        case .clinic: "卫生站/室"
        case .elderlyCare: "养老服务设施"
        case .counsellingRoom: "社会心理服务工作室"
        case .other: "其他综合服务设施"
        }
    }
}
