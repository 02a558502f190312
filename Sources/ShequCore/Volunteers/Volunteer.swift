/// A person registered as a community volunteer (志愿者, Art. 25).
///
/// Couriers, delivery riders and ride-hailing drivers take part like anyone else and
/// are marked by ``occupation`` so their part can be counted (Art. 28):
///
/// ```swift
/// let rider = Volunteer(id: "V-9", name: "赵强", occupation: .deliveryRider)
/// ```
public struct Volunteer: Sendable, Hashable, Codable, Identifiable {
    /// The volunteer's identifier.
    public var id: String
    /// The volunteer's name; personal data.
    public var name: String
    /// A contact number; personal data.
    public var phone: String?
    /// The resident's identifier when the volunteer lives in the area.
    public var residentID: String?
    /// The volunteer's home community: its 12-digit statistical code or its name path.
    public var communityCode: String?
    /// The new-economy job the volunteer does, if any (Art. 28).
    public var occupation: NewEconomyOccupation?

    /// Creates a volunteer.
    public init(id: String, name: String, phone: String? = nil, residentID: String? = nil,
                communityCode: String? = nil, occupation: NewEconomyOccupation? = nil) {
        self.id = id
        self.name = name
        self.phone = phone
        self.residentID = residentID
        self.communityCode = communityCode
        self.occupation = occupation
    }

    /// Whether the volunteer is a new-economy worker (Art. 28).
    public var isNewEconomyWorker: Bool { occupation != nil }
}
