/// The three kinds of self-governance rules a committee organises residents to adopt
/// (自治章程、居民公约、村规民约, Art. 30).
///
/// ```swift
/// ConventionKind.villageRules.chineseName   // "村规民约"
/// ConventionKind(rawValue: "residents_convention")   // .residentsConvention
/// ```
public enum ConventionKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 自治章程: the autonomy charter of a village or urban community.
    case autonomyCharter = "autonomy_charter"
    /// 居民公约: the convention of an urban community's residents.
    case residentsConvention = "residents_convention"
    /// 村规民约: the rules of a village.
    case villageRules = "village_rules"

    /// The name used in the regulation and on notices.
    public var chineseName: String {
        switch self {
        case .autonomyCharter: "自治章程"
        case .residentsConvention: "居民公约"
        case .villageRules: "村规民约"
        }
    }

    /// The meeting bodies that may adopt this kind: village rules only by villagers,
    /// a residents' convention only by residents, a charter by either.
    public var adoptingBodies: Set<MeetingBody> {
        switch self {
        case .autonomyCharter: Set(MeetingBody.allCases)
        case .residentsConvention: [.residentsMeeting, .residentsHouseholdRepresentatives, .residentsGroupRepresentatives]
        case .villageRules: [.villagersMeeting, .villagersHouseholdRepresentatives]
        }
    }

    public var description: String { chineseName }
}
