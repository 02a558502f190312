/// A measure a plugin returned that does not apply, and why.
public struct RefusedMeasure: Sendable, Hashable, Codable {
    /// What the plugin returned.
    public let proposal: MeasureProposal
    /// Why it does not apply.
    public let reason: RefusalReason
}
