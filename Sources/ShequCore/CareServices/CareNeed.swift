import Foundation

/// A need a cared-for person has, tracked until met (需求清单, Art. 19).
public struct CareNeed: Sendable, Hashable, Codable, Identifiable {
    /// The need's number, unique within its case.
    public var id: String
    /// The kind of service it asks for.
    public var kind: CareServiceKind
    /// What is needed; sensitive, withheld in masked summaries.
    public var summary: String
    /// When it was raised.
    public var raisedAt: Date
    /// The state.
    public var state: CareNeedState
    /// When it reached its final state.
    public var resolvedAt: Date?
    /// How it ended, or where it was referred to.
    public var resolution: String?

    /// Creates an outstanding need.
    public init(id: String, kind: CareServiceKind, summary: String, raisedAt: Date) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.raisedAt = raisedAt
        self.state = .outstanding
        self.resolvedAt = nil
        self.resolution = nil
    }
}
