import Foundation

/// A refused volunteer operation, saying what to do instead.
public enum VolunteerError: Error, CustomStringConvertible, Sendable, Hashable {
    /// A step is not allowed from the current state.
    case transition(LifecycleTransitionError)
    /// No volunteer with this identifier.
    case unknownVolunteer(String)
    /// No project with this identifier.
    case unknownProject(String)
    /// No hour entry with this identifier.
    case unknownEntry(String)
    /// A record with this identifier already exists.
    case duplicateID(kind: String, id: String)
    /// The project does not take sign-ups in its state.
    case notRecruiting(project: String, state: VolunteerProjectState)
    /// The project is full.
    case projectFull(project: String, capacity: Int)
    /// The volunteer already has an active sign-up for the project.
    case alreadySignedUp(project: String, volunteer: String)
    /// Hours were logged for a project the volunteer is not signed up for.
    case notSignedUp(project: String, volunteer: String)
    /// The minutes are outside 1...1440.
    case invalidMinutes(entry: String, minutes: Int)
    /// The service is dated after it was logged, or before the project started.
    case serviceDateOutOfRange(entry: String, servedAt: Date)
    /// Someone who is not an organiser of the project tried to review hours.
    case notAnOrganiser(project: String, reviewer: String)
    /// The volunteer tried to confirm their own hours.
    case selfConfirmation(entry: String, volunteer: String)
    /// Hours were sent back without a reason.
    case missingReason(entry: String)

    public var description: String {
        switch self {
        case .transition(let error):
            error.description
        case .unknownVolunteer(let id):
            "no volunteer \(id); register the volunteer first"
        case .unknownProject(let id):
            "no volunteer project \(id); create the project first"
        case .unknownEntry(let id):
            "no hour entry \(id); check the entry number"
        case .duplicateID(let kind, let id):
            "\(kind) \(id) already exists; use a new identifier"
        case .notRecruiting(let project, let state):
            "project \(project) is \(state.chineseName) and takes no sign-ups; open recruitment (招募中) first"
        case .projectFull(let project, let capacity):
            "project \(project) is full (\(capacity) volunteers); raise its capacity or wait for a withdrawal"
        case .alreadySignedUp(let project, let volunteer):
            "volunteer \(volunteer) is already signed up for project \(project)"
        case .notSignedUp(let project, let volunteer):
            "volunteer \(volunteer) is not signed up for project \(project); sign up before logging hours"
        case .invalidMinutes(let entry, let minutes):
            "hour entry \(entry): \(minutes) minutes is outside 1...1440; log one day's service per entry"
        case .serviceDateOutOfRange(let entry, let servedAt):
            "hour entry \(entry): service at \(ServiceTime.iso8601(servedAt)) is before the project started or after the entry was logged; check the date"
        case .notAnOrganiser(let project, let reviewer):
            "\(reviewer) is not an organiser of project \(project) and cannot review its hours; ask an organiser"
        case .selfConfirmation(let entry, let volunteer):
            "hour entry \(entry): volunteer \(volunteer) cannot review their own hours; ask another organiser"
        case .missingReason(let entry):
            "hour entry \(entry): say why the hours are sent back, so the volunteer can correct them"
        }
    }
}
