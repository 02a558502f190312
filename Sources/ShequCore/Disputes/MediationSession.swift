import Foundation

/// One mediation session on a dispute.
///
/// ```swift
/// let session = MediationSession(id: "s1", date: day, place: "村委会调解室",
///                                mediatorIDs: ["w-17"], summary: "双方就排水沟走向达成初步意向")
/// ```
public struct MediationSession: Sendable, Hashable, Codable, Identifiable {
    /// The session's id within the dispute.
    public var id: String
    /// When it was held.
    public var date: Date
    /// Where.
    public var place: String
    /// The mediators present; each must be assigned to the dispute.
    public var mediatorIDs: [String]
    /// What happened, in Chinese.
    public var summary: String
    /// The level holding the dispute at the time; set when the session is recorded.
    public internal(set) var level: DisputeLevel?

    /// Creates a session.
    public init(id: String, date: Date, place: String, mediatorIDs: [String], summary: String) {
        self.id = id
        self.date = date
        self.place = place
        self.mediatorIDs = mediatorIDs
        self.summary = summary
        self.level = nil
    }
}
