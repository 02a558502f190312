/// An event whose decisions differ between the two rules.
public struct DecisionChange: Sendable, Hashable, Codable {
    /// The event.
    public let eventID: String
    /// Decisions under the rule in force.
    public let baseline: [MeasureDecision]
    /// Decisions under the candidate.
    public let candidate: [MeasureDecision]
}
