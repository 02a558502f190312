/// One line of the points ledger. Entries are only ever appended: a decision overturned
/// on appeal is a new ``Kind/reversal`` entry, a purchase in the points shop a new
/// ``Kind/redemption`` entry.
///
/// Measures that move no points (a commendation, criticism and education) are entries
/// of zero points, so that ``PointsLedger/explain(_:conventions:)`` shows a resident
/// every measure taken about them.
public struct LedgerEntry: Sendable, Hashable, Codable, Identifiable {
    /// What made the entry.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A measure applied to a behaviour event.
        case measure
        /// The reversal of an entry overturned on appeal.
        case reversal
        /// Points spent in the points shop (积分超市).
        case redemption
    }

    /// Stable identifier: `event-id#n` for measures, `reversal:<entry>` and `redemption:<id>`.
    public let id: String

    /// The id prefixes of the entries the host makes itself (``Kind/reversal``, ``Kind/redemption``):
    /// no recorded event id may start with one (see ``BehaviourEvent/reservedPrefix(of:)``).
    public static let hostIDPrefixes = ["reversal:", "redemption:"]
    /// Position in the ledger, from 1.
    public let sequence: Int
    /// What made the entry.
    public let kind: Kind
    /// Whose points change.
    public let subject: PointsSubject
    /// The household whose balance includes this entry (the subject itself for a household).
    public let household: String?
    /// The community whose convention and shop it falls under.
    public let community: CommunityID
    /// The signed change: positive adds, negative takes away.
    public let points: Int
    /// The day it counts for: the behaviour's day, the appeal decision's day or the redemption's day.
    public let on: CivilDate
    /// The day it was written.
    public let recordedOn: CivilDate
    /// The behaviour event (measures and their reversals).
    public let eventID: String?
    /// The measure applied (measures and their reversals).
    public let measure: Measure?
    /// The convention version in force for the behaviour.
    public let convention: ConventionVersionReference?
    /// The plugin that produced the measure, and its version.
    public let plugin: PluginReference?
    /// For a reversal: the entry reversed.
    public let reverses: String?
    /// For a reversal: the appeal that overturned it.
    public let appealID: String?
    /// For a redemption: what was bought.
    public let redemption: Redemption?
    /// A short explanation in Chinese a resident understands.
    public let explanation: String

    /// The article applied, for measures and their reversals.
    public var article: ArticleReference? { measure?.article }

    /// Creates an entry; stores use this to restore a ledger.
    public init(id: String, sequence: Int, kind: Kind, subject: PointsSubject, household: String?,
                community: CommunityID, points: Int, on: CivilDate, recordedOn: CivilDate,
                eventID: String? = nil, measure: Measure? = nil, convention: ConventionVersionReference? = nil,
                plugin: PluginReference? = nil, reverses: String? = nil, appealID: String? = nil,
                redemption: Redemption? = nil, explanation: String) {
        self.id = id
        self.sequence = sequence
        self.kind = kind
        self.subject = subject
        self.household = household
        self.community = community
        self.points = points
        self.on = on
        self.recordedOn = recordedOn
        self.eventID = eventID
        self.measure = measure
        self.convention = convention
        self.plugin = plugin
        self.reverses = reverses
        self.appealID = appealID
        self.redemption = redemption
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey {
        case id, sequence, kind, subject, household, community, points, on
        case recordedOn = "recorded_on"
        case eventID = "event_id"
        case measure, convention, plugin, reverses
        case appealID = "appeal_id"
        case redemption, explanation
    }
}
