/// What a dispute is about (矛盾纠纷类别, Art. 35).
public enum DisputeCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 邻里纠纷
    case neighbours
    /// 婚姻家庭纠纷
    case family
    /// 物业纠纷
    case property
    /// 土地山林纠纷
    case land
    /// 劳动争议
    case labour
    /// 债务合同纠纷
    case debt
    /// 其他
    case other

    /// The category in Chinese.
    public var chineseName: String {
        switch self {
        case .neighbours: "邻里纠纷"
        case .family: "婚姻家庭纠纷"
        case .property: "物业纠纷"
        case .land: "土地山林纠纷"
        case .labour: "劳动争议"
        case .debt: "债务合同纠纷"
        case .other: "其他纠纷"
        }
    }
}
