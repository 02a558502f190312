/// The difference between two evaluations of the same events (see ``ImpactPreview``).
public struct ImpactReport: Sendable, Hashable, Codable {
    /// Subjects whose points would change, in subject order.
    public let subjects: [SubjectImpact]
    /// How many subjects with points would see no change.
    public let unchangedSubjects: Int
    /// Totals under each rule.
    public let totals: Totals
    /// How many subjects fall in each band of change (unchanged subjects in ``ChangeBand/none``).
    public let distribution: [ChangeBand: Int]
    /// Events whose decisions differ.
    public let decisionsChanged: [DecisionChange]

    /// Totals under the baseline and the candidate.
    public struct Totals: Sendable, Hashable, Codable {
        /// Under the rule in force.
        public let baseline: Sums
        /// Under the candidate.
        public let candidate: Sums
    }

    /// Sums over one evaluation.
    public struct Sums: Sendable, Hashable, Codable {
        /// Points awarded.
        public var awarded = 0
        /// Points deducted (positive).
        public var deducted = 0
        /// Measures applied.
        public var measures = 0
        /// Measures refused.
        public var refused = 0
        /// Events on which the plugin failed.
        public var failedEvents = 0

        /// Net points: awarded − deducted.
        public var net: Int { awarded - deducted }
    }
}

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

/// Bands of per-subject change, for the distribution.
public enum ChangeBand: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    case lossOver10 = "< -10"
    case loss1To10 = "-10..-1"
    case none = "0"
    case gain1To10 = "+1..+10"
    case gainOver10 = "> +10"

    /// The band of a change.
    public init(_ change: Int) {
        switch change {
        case ..<(-10): self = .lossOver10
        case -10 ... -1: self = .loss1To10
        case 0: self = .none
        case 1...10: self = .gain1To10
        default: self = .gainOver10
        }
    }

    public static func < (lhs: ChangeBand, rhs: ChangeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One decision on a returned measure: applied, or refused with a code.
public enum MeasureDecision: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Applied: kind, signed points, subject and article.
    case applied(kind: MeasureKind, points: Int, subject: PointsSubject, article: ArticleReference)
    /// Refused: the kind as returned and the refusal's code.
    case refused(kind: String, code: String)
    /// The plugin failed on the event.
    case failed(message: String)

    static func list(_ evaluation: EventEvaluation) -> [MeasureDecision] {
        if let failure = evaluation.failure { return [.failed(message: failure)] }
        return evaluation.applied.map {
            .applied(kind: $0.measure.kind, points: $0.measure.pointsChange, subject: $0.subject, article: $0.measure.article)
        } + evaluation.refused.map { .refused(kind: $0.proposal.kind, code: $0.reason.code) }
    }

    public var description: String {
        switch self {
        case let .applied(kind, points, subject, article): "\(kind.rawValue) \(points) → \(subject) (\(article.label))"
        case let .refused(kind, code): "\(kind) refused (\(code))"
        case let .failed(message): "plugin failed: \(message)"
        }
    }
}

/// An event whose decisions differ between the two rules.
public struct DecisionChange: Sendable, Hashable, Codable {
    /// The event.
    public let eventID: String
    /// Decisions under the rule in force.
    public let baseline: [MeasureDecision]
    /// Decisions under the candidate.
    public let candidate: [MeasureDecision]
}
