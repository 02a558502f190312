import Foundation

/// One change to a deliberation topic (议事协商, Art. 33): what was done, by whom, when and why.
public struct DeliberationAuditRecord: Sendable, Hashable, Codable {
    /// What changed: `topic_raised`, `meeting_recorded`, `ballot_cast`, `votes_counted`,
    /// `notice_published`, `follow_up_added`, `follow_up_updated`.
    public var action: String
    /// Who did it.
    public var actor: String
    /// When it was done.
    public var at: Date
    /// What it was about, in Chinese.
    public var note: String

    /// Creates an audit record.
    public init(action: String, actor: String, at: Date, note: String) {
        self.action = action
        self.actor = actor
        self.at = at
        self.note = note
    }
}
