/// The person who reported an emergency: personal data, masked in summaries.
public struct EmergencyReporter: Sendable, Hashable, Codable {
    /// The reporter's name as given.
    public var name: String
    /// The number to call back.
    public var phone: String
    /// The resident's identifier when the reporter is a known resident.
    public var residentID: String?

    /// Creates a reporter.
    public init(name: String, phone: String, residentID: String? = nil) {
        self.name = name
        self.phone = phone
        self.residentID = residentID
    }

    /// The reporter with name and phone masked.
    public var masked: EmergencyReporter {
        EmergencyReporter(name: PersonalDataMask.name(name), phone: PersonalDataMask.phone(phone), residentID: nil)
    }
}
