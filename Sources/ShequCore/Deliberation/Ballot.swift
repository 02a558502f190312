import Foundation

/// One participant's vote at a meeting: an option, or an abstention when `optionID` is `nil`.
///
/// ```swift
/// let ballot = Ballot(voterID: "r-101", meetingID: "m1", optionID: "a", castAt: meetingDate)
/// ```
public struct Ballot: Sendable, Hashable, Codable {
    /// The participant who voted.
    public var voterID: String
    /// The meeting the vote was cast at.
    public var meetingID: String
    /// The option chosen; `nil` is an abstention (弃权).
    public var optionID: String?
    /// When it was cast.
    public var castAt: Date

    /// Creates a ballot.
    public init(voterID: String, meetingID: String, optionID: String?, castAt: Date) {
        self.voterID = voterID
        self.meetingID = meetingID
        self.optionID = optionID
        self.castAt = castAt
    }
}

/// Why a ballot does not count.
public enum BallotRejection: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The voter is not a participant of the topic.
    case notAParticipant = "not_a_participant"
    /// The voter takes part but has no vote.
    case notEligible = "not_eligible"
    /// The voter was not present at the meeting.
    case notPresent = "not_present"
    /// The voter already voted on the topic; only the first ballot counts.
    case duplicate
    /// The option is not one of the topic's options.
    case unknownOption = "unknown_option"
    /// The ballot names a meeting other than the one being counted, or an unknown one.
    case wrongMeeting = "wrong_meeting"

    /// The reason in Chinese, as the count shows it.
    public var chineseName: String {
        switch self {
        case .notAParticipant: "非议事参与人"
        case .notEligible: "无表决权"
        case .notPresent: "未到会"
        case .duplicate: "重复投票"
        case .unknownOption: "选项不存在"
        case .wrongMeeting: "非本次会议"
        }
    }

    public var description: String { rawValue }
}

/// A ballot that was not counted, with the reason.
public struct RejectedBallot: Sendable, Hashable, Codable {
    /// The ballot.
    public var ballot: Ballot
    /// Why it does not count.
    public var reason: BallotRejection

    /// Creates a rejected ballot.
    public init(ballot: Ballot, reason: BallotRejection) {
        self.ballot = ballot
        self.reason = reason
    }
}
