import Foundation

/// Hours of volunteer service logged by the volunteer and confirmed by the organiser (服务时长).
///
/// Time is kept in whole minutes so totals add up exactly.
public struct ServiceHourEntry: Sendable, Hashable, Codable, Identifiable {
    /// The entry's identifier.
    public var id: String
    /// Who served.
    public var volunteerID: String
    /// In which project.
    public var projectID: String
    /// When the service started.
    public var servedAt: Date
    /// How long, in minutes.
    public var minutes: Int
    /// What was done.
    public var activity: String
    /// When the volunteer logged it.
    public var loggedAt: Date
    /// The state.
    public var state: ServiceHourState
    /// The organiser who confirmed or sent it back.
    public var reviewedBy: String?
    /// When.
    public var reviewedAt: Date?
    /// Why it was sent back.
    public var rejectionReason: String?

    /// Creates a logged entry.
    public init(id: String, volunteerID: String, projectID: String, servedAt: Date, minutes: Int, activity: String,
                loggedAt: Date) {
        self.id = id
        self.volunteerID = volunteerID
        self.projectID = projectID
        self.servedAt = servedAt
        self.minutes = minutes
        self.activity = activity
        self.loggedAt = loggedAt
        self.state = .logged
        self.reviewedBy = nil
        self.reviewedAt = nil
        self.rejectionReason = nil
    }
}
