/// What a person working in community governance does (Art. 39).
public enum WorkerRole: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 社区工作者: a community worker employed for the committee (Art. 39).
    case communityWorker = "community-worker"
    /// 网格员: a grid worker responsible for one grid.
    case gridWorker = "grid-worker"

    /// The Chinese name of the role.
    public var chineseName: String {
        switch self {
        case .communityWorker: "社区工作者"
        case .gridWorker: "网格员"
        }
    }

    public var description: String { rawValue }
}
