import Foundation

/// A piece of aftermath work (善后工作, Art. 37): repairs, relief, compensation, review.
public struct EmergencyAftermathTask: Sendable, Hashable, Codable {
    /// What must be done.
    public var summary: String
    /// Who must do it.
    public var responsibleUnit: String
    /// When it is due, if a date was set.
    public var due: Date?
    /// When it was done.
    public var completedAt: Date?

    /// Creates an aftermath task.
    public init(summary: String, responsibleUnit: String, due: Date? = nil, completedAt: Date? = nil) {
        self.summary = summary
        self.responsibleUnit = responsibleUnit
        self.due = due
        self.completedAt = completedAt
    }
}
