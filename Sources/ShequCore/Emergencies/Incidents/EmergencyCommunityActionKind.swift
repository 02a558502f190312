/// What a residents' or villagers' committee does to assist in an emergency (Art. 37 ¶3).
public enum EmergencyCommunityActionKind: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Reporting what is happening to the township (信息报送).
    case reporting
    /// Warning and informing residents (预警通知).
    case warning
    /// Evacuating residents (疏散群众).
    case evacuation
    /// Moving and housing residents (转移安置).
    case relocation
    /// Checking who is where, especially the elderly and people living alone (人员排查).
    case headcount
    /// Keeping order on the spot (秩序维护).
    case order
    /// Handing out supplies (物资保障).
    case supplies
    /// Comforting and counselling residents (心理疏导).
    case counselling
    /// Helping with the aftermath (善后协助).
    case aftermath

    public var chineseName: String {
        switch self {
        case .reporting: "信息报送"
        case .warning: "预警通知"
        case .evacuation: "疏散群众"
        case .relocation: "转移安置"
        case .headcount: "人员排查"
        case .order: "秩序维护"
        case .supplies: "物资保障"
        case .counselling: "心理疏导"
        case .aftermath: "善后协助"
        }
    }
}
