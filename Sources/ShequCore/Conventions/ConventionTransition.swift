/// A new value of a convention version together with the record of the step that made it.
public struct ConventionTransition: Sendable, Hashable {
    /// The version after the step.
    public let version: ConventionVersion
    /// The record of the step.
    public let record: ConventionAuditRecord
}
