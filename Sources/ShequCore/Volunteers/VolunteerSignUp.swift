import Foundation

/// A volunteer's sign-up for a project (报名).
public struct VolunteerSignUp: Sendable, Hashable, Codable {
    /// The project.
    public var projectID: String
    /// The volunteer.
    public var volunteerID: String
    /// When they signed up.
    public var signedUpAt: Date
    /// When they withdrew, if they did; hours served before stay valid.
    public var withdrawnAt: Date?

    /// Creates a sign-up.
    public init(projectID: String, volunteerID: String, signedUpAt: Date, withdrawnAt: Date? = nil) {
        self.projectID = projectID
        self.volunteerID = volunteerID
        self.signedUpAt = signedUpAt
        self.withdrawnAt = withdrawnAt
    }

    /// Whether the sign-up stands.
    public var isActive: Bool { withdrawnAt == nil }
}
