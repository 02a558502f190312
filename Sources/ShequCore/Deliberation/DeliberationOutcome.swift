import Foundation

/// The result of counting a topic's votes at one meeting, with every number of the computation (Art. 33).
///
/// `computation` repeats the steps in Chinese so the public notice can show how the
/// result was reached.
public struct DeliberationOutcome: Sendable, Hashable, Codable {
    /// How the count ended.
    public enum Result: String, Sendable, Hashable, Codable {
        /// An option was adopted.
        case adopted
        /// Too few participants with a vote were present.
        case quorumNotMet = "quorum_not_met"
        /// No option reached the majority required.
        case noMajority = "no_majority"
        /// Under the simple rule, two or more options had the most votes.
        case tie
    }

    /// The votes one option received.
    public struct Tally: Sendable, Hashable, Codable {
        /// The option.
        public var optionID: String
        /// Its title.
        public var title: String
        /// Valid votes for it.
        public var votes: Int
    }

    /// The meeting counted.
    public var meetingID: String
    /// The rule applied.
    public var rule: VotingRule
    /// 应到: participants with a vote.
    public var eligibleCount: Int
    /// 实到: participants with a vote present at the meeting.
    public var presentCount: Int
    /// Present needed for the quorum (0 when the topic has none).
    public var quorumRequired: Int
    /// True when the quorum was met.
    public var quorumMet: Bool
    /// Valid ballots for an option.
    public var validVotes: Int
    /// Valid abstentions.
    public var abstentions: Int
    /// Ballots that did not count, with the reason.
    public var rejected: [RejectedBallot]
    /// Votes per option, in the topic's option order.
    public var tallies: [Tally]
    /// The count the majority is measured against (0 under the simple rule).
    public var majorityBaseCount: Int
    /// Votes an option needed (under the simple rule: one more than the runner-up).
    public var votesRequired: Int
    /// How the count ended.
    public var result: Result
    /// The adopted option, when one was.
    public var adoptedOptionID: String?
    /// The computation, step by step, in Chinese.
    public var computation: [String]
}
