/// A convention after a draft, amendment or step, with the record of what was done.
public struct ConventionChange: Sendable, Hashable {
    /// The convention after the change.
    public let convention: Convention
    /// The record of the change.
    public let record: ConventionAuditRecord
}
