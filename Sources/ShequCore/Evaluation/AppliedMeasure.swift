/// A measure that passed every check, with the subject it applies to.
public struct AppliedMeasure: Sendable, Hashable, Codable {
    /// The measure.
    public let measure: Measure
    /// Who it applies to (the event's subject unless the measure named its household).
    public let subject: PointsSubject
}
