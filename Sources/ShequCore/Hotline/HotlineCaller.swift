/// The person who made a hotline request: personal data, masked whenever shared.
public struct HotlineCaller: Sendable, Hashable, Codable {
    /// The caller's name as given, possibly a surname only.
    public var name: String
    /// The number to call back.
    public var phone: String
    /// The resident's identifier when the caller is a known resident of the community.
    public var residentID: String?

    /// Creates a caller.
    public init(name: String, phone: String, residentID: String? = nil) {
        self.name = name
        self.phone = phone
        self.residentID = residentID
    }
}
