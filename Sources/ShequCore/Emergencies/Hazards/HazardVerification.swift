import Foundation

/// A check of whether a hazard has really been fixed (复查验收).
public struct HazardVerification: Sendable, Hashable, Codable {
    /// Who checked: an inspector's identifier or a unit, never the unit that fixed it.
    public var by: String
    /// When.
    public var at: Date
    /// Whether the fix holds.
    public var passed: Bool
    /// What was seen.
    public var note: String?

    /// Creates a verification record.
    public init(by: String, at: Date, passed: Bool, note: String? = nil) {
        self.by = by
        self.at = at
        self.passed = passed
        self.note = note
    }
}
