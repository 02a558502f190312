/// How a dispute reached the system.
public enum IntakeChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// 网格员排查上报
    case gridWorker = "grid_worker"
    /// 12345 热线
    case hotline
    /// 来访
    case visit
    /// 网上受理
    case online
    /// 其他部门移交
    case referral

    /// The channel in Chinese.
    public var chineseName: String {
        switch self {
        case .gridWorker: "网格员上报"
        case .hotline: "12345热线"
        case .visit: "来访"
        case .online: "网上受理"
        case .referral: "部门移交"
        }
    }
}
