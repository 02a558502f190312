/// Who raised a deliberation topic: residents, the committee, or the party organisation (议事协商, Art. 33).
///
/// ```swift
/// let proposer = TopicProposer(kind: .residents, name: "3号楼居民", residentIDs: ["r-101", "r-102"])
/// ```
public struct TopicProposer: Sendable, Hashable, Codable {
    /// The three sources Art. 33 names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 居(村)民
        case residents
        /// 居(村)民委员会
        case committee
        /// 基层党组织
        case partyOrganisation = "party_organisation"
    }

    /// Residents, the committee or the party organisation.
    public var kind: Kind
    /// How the proposer is named in the record, e.g. `3号楼居民` or `某社区党支部`.
    public var name: String
    /// The residents who raised it, when `kind` is `.residents`.
    public var residentIDs: [String]

    /// Creates a proposer.
    public init(kind: Kind, name: String, residentIDs: [String] = []) {
        self.kind = kind
        self.name = name
        self.residentIDs = residentIDs
    }
}
