/// What a unit sent to an emergency does there (联动单位).
public enum EmergencyUnitRole: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Police (公安).
    case police
    /// Fire and rescue (消防救援).
    case fireRescue
    /// Medical emergency (医疗急救).
    case medical
    /// Emergency management (应急管理).
    case emergencyManagement
    /// The street office or township (街道/乡镇).
    case township
    /// The residents' or villagers' committee (居/村委会).
    case community
    /// Water, power, gas or telecoms (公用事业).
    case utility
    /// Any other unit (其他).
    case other

    public var chineseName: String {
        switch self {
        case .police: "公安"
        case .fireRescue: "消防救援"
        case .medical: "医疗急救"
        case .emergencyManagement: "应急管理"
        case .township: "街道/乡镇"
        case .community: "居/村委会"
        case .utility: "公用事业"
        case .other: "其他"
        }
    }
}
