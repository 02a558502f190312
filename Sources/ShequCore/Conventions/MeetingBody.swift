/// The meeting that adopts a convention, and the quorum and majority the organic laws
/// set for it.
///
/// Reading of the law (the counts are people, or household representatives, as the
/// body says):
///
/// | body | who is eligible | quorum | adopted when |
/// | --- | --- | --- | --- |
/// | 居民会议 (all residents 18+) | residents aged 18 or over | more than half present | more than half of those present vote for |
/// | 居民会议 (household representatives) | one representative per household | more than half present | more than half of those present vote for |
/// | 居民会议 (group representatives) | representatives elected by residents' groups | more than half present | more than half of those present vote for |
/// | 村民会议 (villagers 18+) | villagers aged 18 or over | more than half present | more than half of those present vote for |
/// | 村民会议 (household representatives) | one representative per household | two thirds or more present | more than half of those present vote for |
///
/// Sources: 《城市居民委员会组织法》第九条 (居民会议必须有全体十八周岁以上的居民、户的代表或者
/// 居民小组选举的代表的过半数出席，才能举行。会议的决定，由出席人的过半数通过) and 第十五条
/// (居民公约由居民会议讨论制定); 《村民委员会组织法》第二十二条 (召开村民会议，应当有本村十八周岁
/// 以上村民的过半数，或者本村三分之二以上的户的代表参加，村民会议所作决定应当经到会人员的过半数
/// 通过) and 第二十七条 (村民会议可以制定和修改村民自治章程、村规民约). "过半数" is strictly more
/// than half; "三分之二以上" includes two thirds itself (《民法典》第一千二百五十九条: 以上包括本数).
/// A villagers' representative assembly (村民代表会议) is not offered: the law gives the
/// making of village rules to the villagers' meeting itself.
///
/// ```swift
/// MeetingBody.villagersHouseholdRepresentatives.hasQuorum(present: 200, eligible: 300)  // true
/// ```
public enum MeetingBody: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 居民会议, attended by all residents aged 18 or over.
    case residentsMeeting = "residents_meeting"
    /// 居民会议, attended by one representative per household.
    case residentsHouseholdRepresentatives = "residents_household_representatives"
    /// 居民会议, attended by representatives elected by each residents' group.
    case residentsGroupRepresentatives = "residents_group_representatives"
    /// 村民会议, attended by villagers aged 18 or over.
    case villagersMeeting = "villagers_meeting"
    /// 村民会议, attended by one representative per household.
    case villagersHouseholdRepresentatives = "villagers_household_representatives"

    /// The name of the body as notices write it.
    public var chineseName: String {
        switch self {
        case .residentsMeeting: "居民会议（十八周岁以上居民参加）"
        case .residentsHouseholdRepresentatives: "居民会议（户代表参加）"
        case .residentsGroupRepresentatives: "居民会议（居民小组代表参加）"
        case .villagersMeeting: "村民会议（十八周岁以上村民参加）"
        case .villagersHouseholdRepresentatives: "村民会议（户代表参加）"
        }
    }

    /// The article of the organic law that sets this body's quorum and majority.
    public var legalBasis: LegalProvision {
        switch self {
        case .residentsMeeting, .residentsHouseholdRepresentatives, .residentsGroupRepresentatives:
            .residentsCommitteeLawArticle9
        case .villagersMeeting, .villagersHouseholdRepresentatives:
            .villagersCommitteeLawArticle22
        }
    }

    /// Whether `present` out of `eligible` is enough to hold the meeting.
    public func hasQuorum(present: Int, eligible: Int) -> Bool {
        switch self {
        case .villagersHouseholdRepresentatives: present * 3 >= eligible * 2
        default: present * 2 > eligible
        }
    }

    /// How quorum is described, for messages.
    public var quorumRule: String {
        switch self {
        case .villagersHouseholdRepresentatives: "two thirds or more of eligible households represented"
        default: "more than half of those eligible present"
        }
    }

    /// Whether `votesFor` out of `present` adopts the decision: more than half of those
    /// present, for every body.
    public func adopts(votesFor: Int, present: Int) -> Bool { votesFor * 2 > present }

    public var description: String { rawValue }
}
