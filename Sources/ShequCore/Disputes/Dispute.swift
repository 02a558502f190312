import Foundation

/// A dispute and its handling, from intake to outcome (矛盾纠纷化解, Art. 35).
///
/// A dispute starts at the lowest level of the county's ``DisputeLadder`` and climbs when
/// a level's time limit runs out (``escalateOnTimeOut(ladder:rule:now:assignee:)``) or when
/// a level passes it up (``escalate(to:at:by:reason:ladder:)``). `holdings` shows who held
/// it and for how long; `history` keeps every event.
///
/// ```swift
/// var dispute = try Dispute(
///     id: "JF-2025-0042",
///     parties: [DisputeParty(name: "张某", role: .applicant), DisputeParty(name: "李某", role: .respondent)],
///     category: .neighbours,
///     description: "宅基地排水沟走向纠纷",
///     place: DisputePlace(communityCode: "411522100201", gridCode: "G03"),
///     channel: .gridWorker,
///     receivedAt: received,
///     receivedBy: "网格员 陈某",
///     firstHolder: DisputeHolder(level: .gridWorker, unit: "第三网格", handlerID: "w-31"))
/// let ladder = DisputeLadder.fourLevelsSevenDays(countyCode: "411522")
/// try dispute.escalateOnTimeOut(ladder: ladder, now: today)
/// ```
public struct Dispute: Sendable, Hashable, Codable, Identifiable {
    /// The dispute's id.
    public var id: String
    /// The parties; at least one.
    public var parties: [DisputeParty]
    /// What it is about.
    public var category: DisputeCategory
    /// What happened, in Chinese.
    public var description: String
    /// Where it arose.
    public var place: DisputePlace
    /// How it came in.
    public var channel: IntakeChannel
    /// When it came in.
    public var receivedAt: Date
    /// Who took it in.
    public var receivedBy: String
    /// Who held it, oldest first; the last one without `until` holds it now.
    public internal(set) var holdings: [DisputeHolding]
    /// The mediators assigned.
    public internal(set) var mediators: [Mediator]
    /// The mediation sessions held.
    public internal(set) var sessions: [MediationSession]
    /// How it ended, once it has.
    public internal(set) var outcome: DisputeOutcome?
    /// Every event, oldest first.
    public internal(set) var history: [DisputeEvent]

    /// Takes in a dispute; the first holder is at the level where handling starts.
    public init(
        id: String,
        parties: [DisputeParty],
        category: DisputeCategory,
        description: String,
        place: DisputePlace,
        channel: IntakeChannel,
        receivedAt: Date,
        receivedBy: String,
        firstHolder: DisputeHolder
    ) throws(DisputeError) {
        if id.isBlank { throw .invalidIntake(field: "id", problem: "is blank") }
        if parties.isEmpty { throw .invalidIntake(field: "parties", problem: "is empty; name at least one party") }
        if let index = parties.firstIndex(where: { $0.name.isBlank }) {
            throw .invalidIntake(field: "parties[\(index + 1)].name", problem: "is blank")
        }
        if description.isBlank { throw .invalidIntake(field: "description", problem: "is blank; say what the dispute is about") }
        if place.communityCode.isBlank { throw .invalidIntake(field: "place.community_code", problem: "is blank") }
        if receivedBy.isBlank { throw .invalidIntake(field: "received_by", problem: "is blank; name who took the dispute in") }
        if firstHolder.unit.isBlank { throw .invalidIntake(field: "first_holder.unit", problem: "is blank") }
        self.id = id
        self.parties = parties
        self.category = category
        self.description = description
        self.place = place
        self.channel = channel
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
        holdings = [DisputeHolding(holder: firstHolder, from: receivedAt)]
        mediators = []
        sessions = []
        outcome = nil
        history = [DisputeEvent(
            kind: .received, at: receivedAt, level: firstHolder.level, actor: receivedBy,
            note: "经\(channel.chineseName)受理\(category.chineseName)，由\(firstHolder.unit)承办")]
    }

    enum CodingKeys: String, CodingKey {
        case id, parties, category, description, place, channel, receivedAt, receivedBy
        case holdings, mediators, sessions, outcome, history
    }

    /// Decodes a stored dispute, refusing one without a holding or history, which no intake can produce.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        parties = try container.decode([DisputeParty].self, forKey: .parties)
        category = try container.decode(DisputeCategory.self, forKey: .category)
        description = try container.decode(String.self, forKey: .description)
        place = try container.decode(DisputePlace.self, forKey: .place)
        channel = try container.decode(IntakeChannel.self, forKey: .channel)
        receivedAt = try container.decode(Date.self, forKey: .receivedAt)
        receivedBy = try container.decode(String.self, forKey: .receivedBy)
        holdings = try container.decode([DisputeHolding].self, forKey: .holdings)
        mediators = try container.decode([Mediator].self, forKey: .mediators)
        sessions = try container.decode([MediationSession].self, forKey: .sessions)
        outcome = try container.decodeIfPresent(DisputeOutcome.self, forKey: .outcome)
        history = try container.decode([DisputeEvent].self, forKey: .history)
        if holdings.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .holdings, in: container, debugDescription: "dispute \(id): holdings is empty; a dispute always has the holder that took it in")
        }
        if history.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: container, debugDescription: "dispute \(id): history is empty; a dispute always has its intake event")
        }
    }

    /// The holding in progress (the last one).
    public var currentHolding: DisputeHolding { holdings[holdings.count - 1] }

    /// The level holding the dispute now, or that held it when it closed.
    public var currentLevel: DisputeLevel { currentHolding.holder.level }

    /// True once an outcome is recorded.
    public var isClosed: Bool { outcome != nil }

    /// True when the dispute is open and the current level has held it longer than its limit on the ladder.
    public func isOverdue(ladder: DisputeLadder, at now: Date) -> Bool {
        guard !isClosed, let step = ladder.step(for: currentLevel) else { return false }
        return currentHolding.duration(at: now) > step.timeLimit
    }

    /// How long each holder had the dispute, up to `now` for the current one.
    public func holdingDurations(at now: Date) -> [(holder: DisputeHolder, seconds: TimeInterval)] {
        holdings.map { ($0.holder, $0.duration(at: now)) }
    }

    func checkOpen(at date: Date) throws(DisputeError) {
        if isClosed { throw .closed(disputeID: id) }
        if let last = history.last, date < last.at { throw .dateBeforeLastEvent(disputeID: id, last: last.at) }
    }
}
