import Foundation

/// A volunteer service project matched to residents' needs (志愿服务项目, Art. 25).
public struct VolunteerProject: Sendable, Hashable, Codable, Identifiable {
    /// The project's identifier.
    public var id: String
    /// Its title, e.g. `独居老人助餐`.
    public var title: String
    /// The community it serves: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The field of service.
    public var area: VolunteerServiceArea
    /// Who may confirm hours: community workers' identifiers or organisation staff.
    public var organiserIDs: [String]
    /// The first day of service.
    public var startsAt: Date
    /// The most volunteers it takes at once, if limited.
    public var capacity: Int?
    /// Whether it calls on couriers, delivery riders and drivers in particular (Art. 28).
    public var invitesNewEconomyWorkers: Bool
    /// The state.
    public var state: VolunteerProjectState

    /// Creates a project in preparation.
    public init(id: String, title: String, communityCode: String, area: VolunteerServiceArea, organiserIDs: [String],
                startsAt: Date, capacity: Int? = nil, invitesNewEconomyWorkers: Bool = false) {
        self.id = id
        self.title = title
        self.communityCode = communityCode
        self.area = area
        self.organiserIDs = organiserIDs
        self.startsAt = startsAt
        self.capacity = capacity
        self.invitesNewEconomyWorkers = invitesNewEconomyWorkers
        self.state = .planned
    }
}
