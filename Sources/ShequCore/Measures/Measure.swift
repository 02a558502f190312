/// A lawful incentive or constraint measure (Art. 30): what is done, on which topic,
/// under which article of the convention, why, and to whom.
///
/// Encoded flat, as plugins return measures:
/// `{ "kind": "award_points", "points": 5, "topic": "respect_elderly", "article": "第五条", "reason": "…" }`.
/// Measures a script returns are turned into `Measure` values only by ``LegalGuard``.
///
/// ```swift
/// let measure = Measure(action: .awardPoints(5), topic: .respectElderly,
///                       article: ArticleReference(number: 5), reason: "照料空巢老人，奖励5分")
/// measure.kind.chineseName   // "奖励积分"
/// ```
public struct Measure: Sendable, Hashable, Codable {
    /// What is done.
    public let action: MeasureAction
    /// The topic it is about.
    public let topic: MeasureTopic
    /// The article of the convention it applies.
    public let article: ArticleReference
    /// Why, in Chinese words the resident understands.
    public let reason: String
    /// Whom it applies to when not the event's subject itself (e.g. an award to the
    /// actor's household); `nil` means the event's subject.
    public let subject: PointsSubject?

    /// Creates a measure.
    public init(action: MeasureAction, topic: MeasureTopic, article: ArticleReference, reason: String,
                subject: PointsSubject? = nil) {
        self.action = action
        self.topic = topic
        self.article = article
        self.reason = reason
        self.subject = subject
    }

    /// The measure's kind.
    public var kind: MeasureKind { action.kind }

    /// The signed change to points.
    public var pointsChange: Int { action.pointsChange }

    /// The measure in the form a script returns it.
    public var proposal: MeasureProposal {
        var fields: [String: PlainValue] = [
            "topic": .string(topic.rawValue),
            "article": .string(article.label),
            "reason": .string(reason),
        ]
        switch action {
        case let .awardPoints(points), let .deductPoints(points): fields["points"] = .integer(points)
        case let .honour(title): fields["honour"] = .string(title)
        case let .priority(benefit): fields["benefit"] = .string(benefit)
        case let .rectificationRequest(remedy): fields["remedy"] = .string(remedy.rawValue)
        case let .suspension(award, months):
            fields["award"] = .string(award)
            if let months { fields["months"] = .integer(months) }
        case .commendation, .criticismEducation, .notice: break
        }
        if let subject {
            fields["subject"] = .table(["type": .string(subject.type.rawValue), "id": .string(subject.id)])
        }
        return MeasureProposal(kind: kind.rawValue, fields: fields)
    }

    public func encode(to encoder: any Encoder) throws { try proposal.encode(to: encoder) }

    /// Decodes a measure, reading it with the guard's field rules (but not its legal
    /// screen: run ``LegalGuard/review(_:actor:)`` on anything a script produced).
    public init(from decoder: any Decoder) throws {
        let proposal = try MeasureProposal(from: decoder)
        switch MeasureReader.read(proposal) {
        case let .success(measure): self = measure
        case let .failure(refusal):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: refusal.description))
        }
    }
}
