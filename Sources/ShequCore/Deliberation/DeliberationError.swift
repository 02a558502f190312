/// Why a step of a deliberation was refused; each case says what to do.
public enum DeliberationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The ballot does not count.
    case ballotRefused(Ballot, BallotRejection)
    /// No meeting with this id on the topic.
    case unknownMeeting(meetingID: String)
    /// A meeting with this id is already recorded.
    case duplicateMeeting(meetingID: String)
    /// A meeting lists an attendee who is not a participant.
    case unknownAttendee(meetingID: String, participantID: String)
    /// The topic has already been decided.
    case alreadyDecided
    /// A notice or follow-up needs a decision first.
    case notDecided
    /// The topic has no options to vote on.
    case noOptions
    /// A field is blank.
    case blankField(String)
    /// A follow-up action with this id already exists.
    case duplicateFollowUp(actionID: String)
    /// No follow-up action with this id.
    case unknownFollowUp(actionID: String)
    /// The follow-up status move is not allowed.
    case followUpTransitionNotAllowed(actionID: String, from: FollowUpAction.Status, to: FollowUpAction.Status)
    /// The notice ends before it starts.
    case noticePeriodInvalid

    public var description: String {
        switch self {
        case .ballotRefused(let ballot, let reason):
            "ballot of \(ballot.voterID) at meeting \(ballot.meetingID) refused: \(reason) (\(reason.chineseName)); each participant with a vote who is present votes once, for one of the topic's options"
        case .unknownMeeting(let meetingID):
            "no meeting \(meetingID) on this topic; record the meeting first"
        case .duplicateMeeting(let meetingID):
            "meeting \(meetingID) is already recorded; give the new meeting another id"
        case .unknownAttendee(let meetingID, let participantID):
            "meeting \(meetingID): attendee \(participantID) is not a participant of the topic; add the participant first"
        case .alreadyDecided:
            "the topic is already decided; raise a new topic to reconsider it"
        case .notDecided:
            "the topic has no decision yet; count the votes with decide(meetingID:) first"
        case .noOptions:
            "the topic has no options; add at least one option before voting"
        case .blankField(let field):
            "field \(field) is blank"
        case .duplicateFollowUp(let actionID):
            "follow-up action \(actionID) already exists; use another id"
        case .unknownFollowUp(let actionID):
            "no follow-up action \(actionID) on this topic"
        case .followUpTransitionNotAllowed(let actionID, let from, let to):
            "follow-up action \(actionID) cannot go from \(from.rawValue) to \(to.rawValue); allowed next: \(from.allowedNext.map(\.rawValue).joined(separator: ", ").isEmpty ? "none, it is finished" : from.allowedNext.map(\.rawValue).joined(separator: ", "))"
        case .noticePeriodInvalid:
            "field until of the notice is before publishedAt; the notice must run forward in time"
        }
    }
}
