/// The record of the residents' or villagers' meeting that voted on a convention
/// version: when, who could attend, who came, and how they voted.
///
/// Validation checks that the counts are consistent; ``outcome`` applies the quorum
/// and majority of the organic law for the meeting's ``body`` (see ``MeetingBody``).
///
/// ```swift
/// let vote = MeetingVote(body: .villagersMeeting, held: CivilDate("2025-05-10")!,
///                        eligible: 820, present: 530, votesFor: 498, against: 20,
///                        abstained: 12, womenPresent: 241)
/// try vote.validate()
/// vote.outcome   // .adopted
/// ```
public struct MeetingVote: Sendable, Hashable, Codable {
    /// The meeting body and how it was attended.
    public let body: MeetingBody
    /// The day of the meeting.
    public let held: CivilDate
    /// People (or households, or group representatives) entitled to attend.
    public let eligible: Int
    /// Those who attended.
    public let present: Int
    /// Votes for adopting the version.
    public let votesFor: Int
    /// Votes against.
    public let against: Int
    /// Abstentions.
    public let abstained: Int
    /// Women among those present; recorded so that women's part in adopting the rules
    /// that bind them can be reported on.
    public let womenPresent: Int

    /// Records a vote.
    public init(body: MeetingBody, held: CivilDate, eligible: Int, present: Int,
                votesFor: Int, against: Int, abstained: Int, womenPresent: Int) {
        self.body = body
        self.held = held
        self.eligible = eligible
        self.present = present
        self.votesFor = votesFor
        self.against = against
        self.abstained = abstained
        self.womenPresent = womenPresent
    }

    enum CodingKeys: String, CodingKey {
        case body, held, eligible, present
        case votesFor = "for"
        case against, abstained
        case womenPresent = "women_present"
    }

    /// What the meeting decided under the organic law.
    public enum Outcome: Sendable, Hashable, Codable {
        /// Quorum met and more than half of those present voted for.
        case adopted
        /// Too few attended for the meeting to decide.
        case noQuorum
        /// Quorum met but not more than half of those present voted for.
        case rejected
    }

    /// Checks that the counts can be true.
    ///
    /// - Throws: ``MeetingVoteError`` naming the field that is wrong.
    public func validate() throws(MeetingVoteError) {
        for (field, value) in [("eligible", eligible), ("present", present), ("for", votesFor),
                               ("against", against), ("abstained", abstained),
                               ("women_present", womenPresent)] where value < 0 {
            throw .negative(field: field, value: value)
        }
        guard eligible > 0 else { throw .noEligible }
        guard present <= eligible else { throw .moreThanEligible(present: present, eligible: eligible) }
        let cast = votesFor + against + abstained
        guard cast <= present else { throw .moreVotesThanPresent(votes: cast, present: present) }
        guard womenPresent <= present else { throw .moreWomenThanPresent(women: womenPresent, present: present) }
    }

    /// The decision: quorum first, then the majority of those present. Call
    /// ``validate()`` first; inconsistent counts give no meaningful outcome.
    public var outcome: Outcome {
        guard body.hasQuorum(present: present, eligible: eligible) else { return .noQuorum }
        return body.adopts(votesFor: votesFor, present: present) ? .adopted : .rejected
    }
}
