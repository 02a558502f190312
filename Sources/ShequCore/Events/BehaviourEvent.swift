/// One behaviour recorded by a grid worker or the committee, to be judged under the
/// convention in force on the day it happened (Art. 30).
///
/// Encoded with snake_case keys, the shape the `measures` hook receives:
/// `{ "id": "e-1", "kind": "banquet", "subject": { "type": "household", "id": "h-1" },
///    "occurred_at": "2025-06-03", "facts": { "tables": 13 } , … }`.
///
/// ```swift
/// let event = BehaviourEvent(id: "e-1", kind: "elder_care", subject: .household("h-1"),
///                            community: CommunityID("411522100201"),
///                            occurredOn: CivilDate("2025-06-03")!, reporter: "网格员张敏")
/// ```
public struct BehaviourEvent: Sendable, Hashable, Codable {
    /// The event's identifier; applying an event twice is recognised by it.
    public let id: String
    /// What happened, in the plugin's vocabulary (e.g. `banquet`, `dog_unleashed`).
    public let kind: String
    /// Who acted: a resident or a household.
    public let subject: PointsSubject
    /// The household of a resident subject, if known; incentives may go to it and
    /// household balances include it.
    public let household: String?
    /// The community whose convention applies.
    public let community: CommunityID
    /// The day the behaviour happened.
    public let occurredOn: CivilDate
    /// Where: a grid or place name.
    public let place: String?
    /// Who recorded it.
    public let reporter: String
    /// Evidence references (photo ids, witness notes).
    public let evidence: [String]
    /// Facts the rule needs (`tables`, `hours`, `prior_count` …).
    public let facts: [String: PlainValue]

    /// Records an event.
    public init(id: String, kind: String, subject: PointsSubject, household: String? = nil,
                community: CommunityID, occurredOn: CivilDate, place: String? = nil,
                reporter: String, evidence: [String] = [], facts: [String: PlainValue] = [:]) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.household = subject.type == .household ? subject.id : household
        self.community = community
        self.occurredOn = occurredOn
        self.place = place
        self.reporter = reporter
        self.evidence = evidence
        self.facts = facts
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), kind: try c.decode(String.self, forKey: .kind),
                  subject: try c.decode(PointsSubject.self, forKey: .subject),
                  household: try c.decodeIfPresent(String.self, forKey: .household),
                  community: try c.decode(CommunityID.self, forKey: .community),
                  occurredOn: try c.decode(CivilDate.self, forKey: .occurredOn),
                  place: try c.decodeIfPresent(String.self, forKey: .place),
                  reporter: try c.decode(String.self, forKey: .reporter),
                  evidence: try c.decodeIfPresent([String].self, forKey: .evidence) ?? [],
                  facts: try c.decodeIfPresent([String: PlainValue].self, forKey: .facts) ?? [:])
    }

    /// The prefix of `id` that the ledger keeps for entries the host makes itself, if it has one.
    ///
    /// A measure's entry is `event-id#n`, a reversal `reversal:entry-id` and a redemption
    /// `redemption:id`, so an event whose id took one of those prefixes could take the id a
    /// later appeal needs. No recorded event may.
    public static func reservedPrefix(of id: String) -> String? {
        LedgerEntry.hostIDPrefixes.first { id.hasPrefix($0) }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, subject, household, community
        case occurredOn = "occurred_at"
        case place, reporter, evidence, facts
    }
}
