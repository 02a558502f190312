/// Someone who cares for a person under a care case (帮扶责任人, Art. 19 ¶2).
public struct CareProvider: Sendable, Hashable, Codable {
    /// What kind of carer.
    public enum Kind: String, Sendable, Hashable, Codable, ChineseNamedCase {
        /// A community worker (社区工作者).
        case communityWorker
        /// A grid worker (网格员).
        case gridWorker
        /// A volunteer (志愿者, Art. 25).
        case volunteer
        /// A professional social worker (社会工作者, Art. 27).
        case socialWorker
        /// A social organisation or service company (社会组织).
        case organisation

        public var chineseName: String {
            switch self {
            case .communityWorker: "社区工作者"
            case .gridWorker: "网格员"
            case .volunteer: "志愿者"
            case .socialWorker: "社会工作者"
            case .organisation: "社会组织"
            }
        }
    }

    /// The carer's identifier: a worker's identifier, a volunteer's, or an organisation's name.
    public var id: String
    /// The name shown.
    public var name: String
    /// What kind of carer.
    public var kind: Kind

    /// Creates a carer.
    public init(id: String, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}
