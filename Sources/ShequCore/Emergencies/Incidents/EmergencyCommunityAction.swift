import Foundation

/// One thing the community did in an emergency: its part in the response (Art. 37 ¶3).
public struct EmergencyCommunityAction: Sendable, Hashable, Codable {
    /// What kind of help.
    public var kind: EmergencyCommunityActionKind
    /// When.
    public var at: Date
    /// What was done, e.g. `转移 12 户 31 人至社区服务中心`.
    public var summary: String
    /// The community workers who did it.
    public var workerIDs: [String]
    /// Residents reached, when counted.
    public var residentsReached: Int?

    /// Creates an action record.
    public init(kind: EmergencyCommunityActionKind, at: Date, summary: String, workerIDs: [String] = [], residentsReached: Int? = nil) {
        self.kind = kind
        self.at = at
        self.summary = summary
        self.workerIDs = workerIDs
        self.residentsReached = residentsReached
    }
}
