import Foundation

/// A community's volunteer platform: volunteers, projects, sign-ups and hours (Art. 25, 28).
///
/// Volunteers log their own hours; an organiser of the project confirms them or sends
/// them back. Totals count confirmed hours only:
///
/// ```swift
/// var register = VolunteerRegister()
/// try register.addVolunteer(Volunteer(id: "V-1", name: "赵强", occupation: .deliveryRider))
/// try register.addProject(VolunteerProject(id: "P-1", title: "助餐", communityCode: "411502001001",
///                                          area: .elderlyCare, organiserIDs: ["W-12"], startsAt: day1))
/// try register.advanceProject("P-1", to: .recruiting)
/// try register.signUp(volunteerID: "V-1", projectID: "P-1", at: day1)
/// try register.logHours(ServiceHourEntry(id: "H-1", volunteerID: "V-1", projectID: "P-1",
///                                        servedAt: day2, minutes: 120, activity: "送餐", loggedAt: day2))
/// try register.confirm("H-1", by: "W-12", at: day3)
/// register.totalsByVolunteer() // V-1: 120 confirmed minutes
/// ```
public struct VolunteerRegister: Sendable, Hashable, Codable {
    /// The volunteers by identifier.
    public private(set) var volunteers: [String: Volunteer]
    /// The projects by identifier.
    public private(set) var projects: [String: VolunteerProject]
    /// Every sign-up, in the order made.
    public private(set) var signUps: [VolunteerSignUp]
    /// Every hour entry, in the order logged.
    public private(set) var entries: [ServiceHourEntry]

    /// Creates an empty register.
    public init() {
        volunteers = [:]
        projects = [:]
        signUps = []
        entries = []
    }

    /// Restores a register from stored records, refusing identifiers used twice.
    ///
    /// Stored entries keep their review state; new steps go through the operations below.
    public init(volunteers: [Volunteer], projects: [VolunteerProject], signUps: [VolunteerSignUp],
                entries: [ServiceHourEntry]) throws(VolunteerError) {
        self.init()
        for volunteer in volunteers { try addVolunteer(volunteer) }
        for project in projects { try addProject(project) }
        var entryIDs: Set<String> = []
        for entry in entries {
            guard entryIDs.insert(entry.id).inserted else { throw .duplicateID(kind: "hour entry", id: entry.id) }
            guard self.volunteers[entry.volunteerID] != nil else { throw .unknownVolunteer(entry.volunteerID) }
            guard self.projects[entry.projectID] != nil else { throw .unknownProject(entry.projectID) }
        }
        for signUp in signUps {
            guard self.volunteers[signUp.volunteerID] != nil else { throw .unknownVolunteer(signUp.volunteerID) }
            guard self.projects[signUp.projectID] != nil else { throw .unknownProject(signUp.projectID) }
        }
        self.signUps = signUps
        self.entries = entries
    }

    /// Registers a volunteer.
    public mutating func addVolunteer(_ volunteer: Volunteer) throws(VolunteerError) {
        guard volunteers[volunteer.id] == nil else { throw .duplicateID(kind: "volunteer", id: volunteer.id) }
        volunteers[volunteer.id] = volunteer
    }

    /// Adds a project in preparation.
    public mutating func addProject(_ project: VolunteerProject) throws(VolunteerError) {
        guard projects[project.id] == nil else { throw .duplicateID(kind: "project", id: project.id) }
        projects[project.id] = project
    }

    /// Moves a project to `next`.
    public mutating func advanceProject(_ projectID: String, to next: VolunteerProjectState) throws(VolunteerError) {
        guard let project = projects[projectID] else { throw .unknownProject(projectID) }
        do {
            try project.state.checkTransition(to: next, record: "志愿服务项目 \(projectID)")
        } catch {
            throw .transition(error)
        }
        projects[projectID]?.state = next
    }

    /// Signs a volunteer up for a project that is recruiting or running, within its capacity.
    public mutating func signUp(volunteerID: String, projectID: String, at date: Date) throws(VolunteerError) {
        guard volunteers[volunteerID] != nil else { throw .unknownVolunteer(volunteerID) }
        guard let project = projects[projectID] else { throw .unknownProject(projectID) }
        guard project.state.acceptsSignUps else { throw .notRecruiting(project: projectID, state: project.state) }
        guard activeSignUp(volunteerID: volunteerID, projectID: projectID) == nil else {
            throw .alreadySignedUp(project: projectID, volunteer: volunteerID)
        }
        if let capacity = project.capacity, activeVolunteers(in: projectID).count >= capacity {
            throw .projectFull(project: projectID, capacity: capacity)
        }
        signUps.append(VolunteerSignUp(projectID: projectID, volunteerID: volunteerID, signedUpAt: date))
    }

    /// Withdraws a volunteer's sign-up; hours already logged stay.
    public mutating func withdraw(volunteerID: String, projectID: String, at date: Date) throws(VolunteerError) {
        guard let index = activeSignUp(volunteerID: volunteerID, projectID: projectID) else {
            throw .notSignedUp(project: projectID, volunteer: volunteerID)
        }
        signUps[index].withdrawnAt = date
    }

    /// The volunteers with a standing sign-up for a project.
    public func activeVolunteers(in projectID: String) -> [String] {
        signUps.filter { $0.projectID == projectID && $0.isActive }.map(\.volunteerID)
    }

    /// Records hours logged by a volunteer for a project they signed up for.
    ///
    /// The service must be within 1 to 1440 minutes, not before the project started and
    /// not after the entry was logged, and not after a withdrawal.
    public mutating func logHours(_ entry: ServiceHourEntry) throws(VolunteerError) {
        guard !entries.contains(where: { $0.id == entry.id }) else { throw .duplicateID(kind: "hour entry", id: entry.id) }
        guard volunteers[entry.volunteerID] != nil else { throw .unknownVolunteer(entry.volunteerID) }
        guard let project = projects[entry.projectID] else { throw .unknownProject(entry.projectID) }
        let signedUp = signUps.contains {
            $0.projectID == entry.projectID && $0.volunteerID == entry.volunteerID
                && $0.signedUpAt <= entry.servedAt && ($0.withdrawnAt.map { entry.servedAt < $0 } ?? true)
        }
        guard signedUp else { throw .notSignedUp(project: entry.projectID, volunteer: entry.volunteerID) }
        guard (1...1440).contains(entry.minutes) else { throw .invalidMinutes(entry: entry.id, minutes: entry.minutes) }
        guard entry.servedAt >= project.startsAt, entry.servedAt <= entry.loggedAt else {
            throw .serviceDateOutOfRange(entry: entry.id, servedAt: entry.servedAt)
        }
        var logged = entry
        logged.state = .logged
        logged.reviewedBy = nil
        logged.reviewedAt = nil
        logged.rejectionReason = nil
        entries.append(logged)
    }

    /// An organiser of the project confirms logged hours; they then count.
    public mutating func confirm(_ entryID: String, by organiser: String, at date: Date) throws(VolunteerError) {
        try review(entryID, to: .confirmed, by: organiser, at: date, reason: nil)
    }

    /// An organiser of the project sends logged hours back, with a reason; they never count.
    public mutating func reject(_ entryID: String, by organiser: String, at date: Date, reason: String) throws(VolunteerError) {
        guard !reason.isEmpty else { throw .missingReason(entry: entryID) }
        try review(entryID, to: .rejected, by: organiser, at: date, reason: reason)
    }

    private mutating func review(
        _ entryID: String, to next: ServiceHourState, by organiser: String, at date: Date, reason: String?
    ) throws(VolunteerError) {
        guard let index = entries.firstIndex(where: { $0.id == entryID }) else { throw .unknownEntry(entryID) }
        let entry = entries[index]
        guard let project = projects[entry.projectID] else { throw .unknownProject(entry.projectID) }
        guard organiser != entry.volunteerID else { throw .selfConfirmation(entry: entryID, volunteer: organiser) }
        guard project.organiserIDs.contains(organiser) else {
            throw .notAnOrganiser(project: project.id, reviewer: organiser)
        }
        do {
            try entry.state.checkTransition(to: next, record: "服务时长 \(entryID)")
        } catch {
            throw .transition(error)
        }
        entries[index].state = next
        entries[index].reviewedBy = organiser
        entries[index].reviewedAt = date
        entries[index].rejectionReason = reason
    }

    private func activeSignUp(volunteerID: String, projectID: String) -> Int? {
        signUps.firstIndex { $0.projectID == projectID && $0.volunteerID == volunteerID && $0.isActive }
    }
}
