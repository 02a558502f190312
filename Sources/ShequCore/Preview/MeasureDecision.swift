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
