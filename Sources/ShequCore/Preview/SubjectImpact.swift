/// One subject's points under each rule.
public struct SubjectImpact: Sendable, Hashable, Codable {
    /// The subject.
    public let subject: PointsSubject
    /// Points from these events under the rule in force.
    public let baseline: Int
    /// Points under the candidate.
    public let candidate: Int

    /// Candidate minus baseline.
    public var change: Int { candidate - baseline }
}
