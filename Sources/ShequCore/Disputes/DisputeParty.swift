/// A party to a dispute.
///
/// ```swift
/// let party = DisputeParty(name: "张某", role: .applicant, residentID: "r-2031")
/// ```
public struct DisputeParty: Sendable, Hashable, Codable {
    /// The side a party is on.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// 申请人
        case applicant
        /// 被申请人
        case respondent
        /// 第三人
        case thirdParty = "third_party"
    }

    /// The party's name (person or organisation).
    public var name: String
    /// Applicant, respondent or third party.
    public var role: Role
    /// The resident's id, when the party is a registered resident.
    public var residentID: String?

    /// Creates a party.
    public init(name: String, role: Role, residentID: String? = nil) {
        self.name = name
        self.role = role
        self.residentID = residentID
    }
}
