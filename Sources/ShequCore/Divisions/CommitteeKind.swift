/// The committee that runs a community: a residents' committee (居民委员会) or a villagers' committee (村民委员会), Art. 7.
///
/// ```swift
/// CommitteeKind(inferringFrom: "义阳居委会")  // .residents
/// CommitteeKind(inferringFrom: "南湾村委会")  // .villagers
/// ```
public enum CommitteeKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 居民委员会: urban communities; their dwellings are buildings.
    case residents
    /// 村民委员会: rural villages; their dwellings are natural villages (自然村).
    case villagers

    /// Infers the committee from the official name: names with 村委会, 村民委员会 or ending in 村 are villagers' committees.
    public init(inferringFrom name: String) {
        if name.hasSuffix("村委会") || name.hasSuffix("村民委员会") || name.hasSuffix("村") {
            self = .villagers
        } else {
            self = .residents
        }
    }

    /// The Chinese name of the committee.
    public var chineseName: String {
        switch self {
        case .residents: "居民委员会"
        case .villagers: "村民委员会"
        }
    }

    public var description: String { rawValue }
}
