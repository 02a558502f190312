/// A person taking part in a deliberation, and whether they may vote (Art. 33).
///
/// ```swift
/// let voter = DeliberationParticipant(id: "r-101", name: "张某", role: .resident)
/// let observer = DeliberationParticipant(id: "u-01", name: "物业公司代表", role: .stakeholder, canVote: false)
/// ```
public struct DeliberationParticipant: Sendable, Hashable, Codable, Identifiable {
    /// The roles people take in 议事协商.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// 居(村)民
        case resident
        /// 居(村)民代表
        case residentRepresentative = "resident_representative"
        /// 居(村)民委员会成员
        case committeeMember = "committee_member"
        /// 党组织代表
        case partyRepresentative = "party_representative"
        /// 利益相关方 (property company, owners' committee, a unit)
        case stakeholder
        /// 专业人士 (lawyer, planner)
        case expert
    }

    /// The participant's id: a `residentID` for residents, otherwise any stable id.
    public var id: String
    /// The participant's name.
    public var name: String
    /// How they take part.
    public var role: Role
    /// True when the topic's rules give them a vote.
    public var canVote: Bool

    /// Creates a participant; voting by default.
    public init(id: String, name: String, role: Role, canVote: Bool = true) {
        self.id = id
        self.name = name
        self.role = role
        self.canVote = canVote
    }
}
