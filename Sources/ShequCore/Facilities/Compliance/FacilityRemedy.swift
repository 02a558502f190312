/// How a county remedies a community's facility shortfall (Art. 11 ¶3).
public enum FacilityRemedy: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Build new premises (新建).
    case newBuild
    /// Convert or extend existing premises (改建).
    case renovation
    /// Transfer premises from a department or unit (划转).
    case transfer
    /// Buy premises (购置).
    case purchase
    /// Exchange other premises for suitable ones (置换).
    case swap
    /// Rent premises (租用).
    case lease

    public var chineseName: String {
        switch self {
        case .newBuild: "新建"
        case .renovation: "改建"
        case .transfer: "划转"
        case .purchase: "购置"
        case .swap: "置换"
        case .lease: "租用"
        }
    }
}
