import Foundation

/// A topic of deliberation and consultation (议事协商, Art. 33): who raised it, who takes part, its meetings, votes, outcome, notice and follow-up.
///
/// Each meeting is one round of voting: every participant with a vote who is present
/// votes once per meeting. ``decide(meetingID:)`` counts a meeting under the topic's
/// ``VotingRule``; once an option is adopted the topic is decided and takes no more votes.
///
/// ```swift
/// var topic = DeliberationTopic(
///     id: "2025-07", communityCode: "411502001001", title: "3号楼加装电梯费用分摊",
///     subject: .publicInterest,
///     proposer: TopicProposer(kind: .residents, name: "3号楼居民"),
///     raisedAt: raised, participants: residents,
///     options: [DeliberationOption(id: "a", title: "按楼层系数分摊"), DeliberationOption(id: "b", title: "平均分摊")],
///     rule: VotingRule(quorum: .twoThirdsOrMore, majority: .absolute, base: .present))
/// try topic.recordMeeting(meeting)
/// try topic.cast(Ballot(voterID: "r-101", meetingID: meeting.id, optionID: "a", castAt: meeting.date))
/// let outcome = try topic.decide(meetingID: meeting.id)
/// ```
public struct DeliberationTopic: Sendable, Hashable, Codable, Identifiable {
    /// The topic's id.
    public var id: String
    /// The community deliberating: its 12-digit statistical code or name path.
    public var communityCode: String
    /// The question, in Chinese.
    public var title: String
    /// Background, in Chinese.
    public var details: String?
    /// Public interest, public welfare or social governance.
    public var subject: TopicSubject
    /// Who raised it.
    public var proposer: TopicProposer
    /// When it was raised.
    public var raisedAt: Date
    /// Who takes part, and who may vote.
    public var participants: [DeliberationParticipant]
    /// The options put to the vote.
    public var options: [DeliberationOption]
    /// How the topic is decided.
    public var rule: VotingRule
    /// The meetings held, in the order recorded.
    public internal(set) var meetings: [DeliberationMeeting]
    /// The ballots that counted when cast, in order.
    public internal(set) var ballots: [Ballot]
    /// Every count made, oldest first.
    public internal(set) var counts: [DeliberationOutcome]
    /// The public notice of the outcome.
    public internal(set) var notice: PublicNotice?
    /// Actions to carry out the decision.
    public internal(set) var followUps: [FollowUpAction]

    /// Creates a topic with no meetings yet.
    public init(
        id: String,
        communityCode: String,
        title: String,
        details: String? = nil,
        subject: TopicSubject,
        proposer: TopicProposer,
        raisedAt: Date,
        participants: [DeliberationParticipant],
        options: [DeliberationOption],
        rule: VotingRule
    ) {
        self.id = id
        self.communityCode = communityCode
        self.title = title
        self.details = details
        self.subject = subject
        self.proposer = proposer
        self.raisedAt = raisedAt
        self.participants = participants
        self.options = options
        self.rule = rule
        meetings = []
        ballots = []
        counts = []
        notice = nil
        followUps = []
    }

    /// The count that adopted an option, once there is one.
    public var decision: DeliberationOutcome? {
        counts.first { $0.result == .adopted }
    }

    /// The adopted option, once there is one.
    public var adoptedOption: DeliberationOption? {
        decision.flatMap { outcome in options.first { $0.id == outcome.adoptedOptionID } }
    }

    /// Records a meeting; its attendees must be participants.
    public mutating func recordMeeting(_ meeting: DeliberationMeeting) throws(DeliberationError) {
        if meetings.contains(where: { $0.id == meeting.id }) { throw .duplicateMeeting(meetingID: meeting.id) }
        if meeting.place.isBlank { throw .blankField("place") }
        let known = Set(participants.map(\.id))
        if let stranger = meeting.attendeeIDs.first(where: { !known.contains($0) }) {
            throw .unknownAttendee(meetingID: meeting.id, participantID: stranger)
        }
        meetings.append(meeting)
    }

    /// Casts one ballot, refusing it with the reason when it would not count (non-eligible voter, duplicate, absent, …).
    public mutating func cast(_ ballot: Ballot) throws(DeliberationError) {
        if decision != nil { throw .alreadyDecided }
        if options.isEmpty { throw .noOptions }
        guard let meeting = meetings.first(where: { $0.id == ballot.meetingID }) else {
            throw .unknownMeeting(meetingID: ballot.meetingID)
        }
        let alreadyVoted = Set(ballots.filter { $0.meetingID == meeting.id }.map(\.voterID))
        let byID = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let present = Set(meeting.attendeeIDs)
        if let reason = DeliberationCount.rejection(
            of: ballot, meetingID: meeting.id, participants: byID, present: present,
            optionIDs: Set(options.map(\.id)), alreadyVoted: alreadyVoted) {
            throw .ballotRefused(ballot, reason)
        }
        ballots.append(ballot)
    }

    /// Counts the ballots of a meeting under the topic's rule and keeps the count; an adopted option decides the topic.
    @discardableResult
    public mutating func decide(meetingID: String) throws(DeliberationError) -> DeliberationOutcome {
        if decision != nil { throw .alreadyDecided }
        if options.isEmpty { throw .noOptions }
        guard let meeting = meetings.first(where: { $0.id == meetingID }) else { throw .unknownMeeting(meetingID: meetingID) }
        let outcome = DeliberationCount.count(
            ballots.filter { $0.meetingID == meetingID }, meeting: meeting,
            participants: participants, options: options, rule: rule)
        counts.append(outcome)
        return outcome
    }

    /// Publishes the notice of the latest count (公示).
    public mutating func publish(_ notice: PublicNotice) throws(DeliberationError) {
        if counts.isEmpty { throw .notDecided }
        if notice.text.isBlank { throw .blankField("text") }
        if notice.channels.allSatisfy(\.isBlank) { throw .blankField("channels") }
        if notice.until < notice.publishedAt { throw .noticePeriodInvalid }
        self.notice = notice
    }

    /// Adds an action to carry out the decision.
    public mutating func addFollowUp(_ action: FollowUpAction) throws(DeliberationError) {
        if decision == nil { throw .notDecided }
        if followUps.contains(where: { $0.id == action.id }) { throw .duplicateFollowUp(actionID: action.id) }
        if action.description.isBlank { throw .blankField("description") }
        if action.responsible.isBlank { throw .blankField("responsible") }
        followUps.append(action)
    }

    /// Moves a follow-up action to a new status.
    public mutating func updateFollowUp(_ actionID: String, to status: FollowUpAction.Status, at date: Date, note: String) throws(DeliberationError) {
        guard let index = followUps.firstIndex(where: { $0.id == actionID }) else { throw .unknownFollowUp(actionID: actionID) }
        try followUps[index].move(to: status, at: date, note: note)
    }
}
