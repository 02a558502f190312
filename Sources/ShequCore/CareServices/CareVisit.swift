import Foundation

/// A visit or service delivered under a care case (走访/服务记录, Art. 19).
public struct CareVisit: Sendable, Hashable, Codable {
    /// When.
    public var at: Date
    /// The carer who delivered it (a ``CareProvider/id``).
    public var providerID: String
    /// What was delivered.
    public var services: [CareServiceKind]
    /// What was seen and said; sensitive, withheld in masked summaries.
    public var note: String?

    /// Creates a visit record.
    public init(at: Date, providerID: String, services: [CareServiceKind], note: String? = nil) {
        self.at = at
        self.providerID = providerID
        self.services = services
        self.note = note
    }
}
