import Foundation

/// Why a step in handling a dispute was refused; each case says what to do.
public enum DisputeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A required intake field is missing or blank.
    case invalidIntake(field: String, problem: String)
    /// The dispute is closed.
    case closed(disputeID: String)
    /// The date is before the dispute's last event.
    case dateBeforeLastEvent(disputeID: String, last: Date)
    /// The mediator is already assigned.
    case duplicateMediator(disputeID: String, mediatorID: String)
    /// A session names a mediator not assigned to the dispute.
    case mediatorNotAssigned(disputeID: String, mediatorID: String)
    /// A session with this id is already recorded.
    case duplicateSession(disputeID: String, sessionID: String)
    /// The level asked for is not on the county's ladder.
    case levelNotOnLadder(disputeID: String, level: DisputeLevel)
    /// An escalation would not go up.
    case notUpward(disputeID: String, from: DisputeLevel, to: DisputeLevel)
    /// The holder's level is not the level escalated to.
    case holderLevelMismatch(disputeID: String, expected: DisputeLevel, got: DisputeLevel)
    /// A mediation agreement without its text.
    case agreementTextMissing(disputeID: String)

    public var description: String {
        switch self {
        case .invalidIntake(let field, let problem):
            "dispute intake: field \(field) \(problem)"
        case .closed(let id):
            "dispute \(id) is closed; open a new dispute if the conflict comes back"
        case .dateBeforeLastEvent(let id, let last):
            "dispute \(id): the date is before its last event (\(last.formatted(.iso8601))); use a later date"
        case .duplicateMediator(let id, let mediatorID):
            "dispute \(id): mediator \(mediatorID) is already assigned"
        case .mediatorNotAssigned(let id, let mediatorID):
            "dispute \(id): session field mediator_ids names \(mediatorID), who is not assigned; assign the mediator first"
        case .duplicateSession(let id, let sessionID):
            "dispute \(id): session \(sessionID) is already recorded; give the session another id"
        case .levelNotOnLadder(let id, let level):
            "dispute \(id): level \(level.rawValue) is not on the county's ladder; pick a level the ladder lists"
        case .notUpward(let id, let from, let to):
            "dispute \(id): cannot escalate from \(from.rawValue) to \(to.rawValue); escalation only goes up the ladder"
        case .holderLevelMismatch(let id, let expected, let got):
            "dispute \(id): the new holder is at level \(got.rawValue) but the dispute goes to \(expected.rawValue); give a holder at that level"
        case .agreementTextMissing(let id):
            "dispute \(id): field agreement_text is blank; a mediation agreement must record what the parties agreed"
        }
    }
}
