import Foundation

/// One entry of a work order's status history (办理记录).
public struct HotlineStatusChange: Sendable, Hashable, Codable {
    /// The state before the change.
    public var from: HotlineStatus
    /// The state after the change.
    public var to: HotlineStatus
    /// When the change was made.
    public var at: Date
    /// The unit or person who made it, e.g. `市12345热线中心` or a worker's identifier.
    public var by: String
    /// What was done or said, shown to the caller as the status note.
    public var note: String?

    /// Creates a history entry.
    public init(from: HotlineStatus, to: HotlineStatus, at: Date, by: String, note: String? = nil) {
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.note = note
    }
}
