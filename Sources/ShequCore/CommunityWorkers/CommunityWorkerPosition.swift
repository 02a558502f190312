/// A community worker's position (社区工作者岗位, Art. 39).
public enum CommunityWorkerPosition: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Secretary of the community Party organisation (党组织书记).
    case partySecretary
    /// Director of the residents' or villagers' committee (居/村委会主任).
    case director
    /// Deputy secretary or deputy director (副书记/副主任).
    case deputy
    /// Committee member (委员).
    case committeeMember
    /// Full-time community worker (社区专职工作人员).
    case fullTimeWorker
    /// Full-time grid worker (专职网格员, Art. 39 ¶2).
    case gridWorker

    public var chineseName: String {
        switch self {
        case .partySecretary: "党组织书记"
        case .director: "居/村委会主任"
        case .deputy: "副书记/副主任"
        case .committeeMember: "委员"
        case .fullTimeWorker: "社区专职工作人员"
        case .gridWorker: "专职网格员"
        }
    }

    /// The post of the pay system the position belongs to.
    public var post: CommunityWorkerPost {
        switch self {
        case .partySecretary, .director: .head
        case .deputy: .deputy
        case .committeeMember, .fullTimeWorker, .gridWorker: .staff
        }
    }
}
