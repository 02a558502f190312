import Foundation

/// An emergency drill held in a community (应急日常演练, Art. 37 ¶2).
public struct EmergencyDrill: Sendable, Hashable, Codable, Identifiable {
    /// The drill's number.
    public var id: String
    /// The community: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The kind of emergency rehearsed.
    public var scenario: EmergencyCategory
    /// What was rehearsed, e.g. `高层住宅火灾疏散`.
    public var title: String
    /// When it was held.
    public var heldAt: Date
    /// Who organised it, e.g. the street office or the committee.
    public var organiser: String
    /// How many took part.
    public var participants: Int
    /// What went wrong or could be better.
    public var findings: [String]

    /// Creates a drill record.
    public init(id: String, communityCode: String, scenario: EmergencyCategory, title: String, heldAt: Date,
                organiser: String, participants: Int, findings: [String] = []) {
        self.id = id
        self.communityCode = communityCode
        self.scenario = scenario
        self.title = title
        self.heldAt = heldAt
        self.organiser = organiser
        self.participants = participants
        self.findings = findings
    }
}
