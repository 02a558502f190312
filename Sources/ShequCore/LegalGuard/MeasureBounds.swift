/// The validated bounds of a plugin's measures: which kinds it may produce, on which
/// topics and articles, and how many points per event and per subject per period.
///
/// ```swift
/// let bounds = try declaration.validate(file: "plugin.lua")
/// try bounds.check(against: filedVersion, file: "plugin.lua")           // at filing
/// try bounds.check(measure, subject: .household("h-1"), on: day, pointsInPeriod: 12)  // each result
/// ```
public struct MeasureBounds: Sendable, Hashable {
    /// The plugin the bounds belong to.
    public let plugin: PluginReference
    /// The bound of each declared kind.
    public let bounds: [MeasureKind: MeasureBound]

    /// Checks, when a convention version is filed, that every article the declaration
    /// names exists in that version.
    ///
    /// - Throws: ``MeasureDeclarationError`` naming the entry and the missing article.
    public func check(against version: ConventionVersion, file: String) throws(MeasureDeclarationError) {
        for kind in bounds.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            for article in (bounds[kind]!.articles ?? []).sorted() where version.article(article) == nil {
                throw MeasureDeclarationError(
                    file: file, line: nil, field: "measures.\(kind.rawValue).articles",
                    problem: "\(article.label) is not an article of \(version.title) (version \(version.number), \(version.articles.count) articles): correct the declaration or the convention")
            }
        }
    }

    /// Checks one measure a plugin produced against its declaration.
    ///
    /// - Parameters:
    ///   - pointsInPeriod: points of this kind the subject already has from this plugin in
    ///     the bound's period (see ``PointsLedger/points(of:kind:plugin:in:)``).
    /// - Throws: ``BoundsViolation``.
    public func check(_ measure: Measure, subject: PointsSubject, on day: CivilDate,
                      pointsInPeriod: Int) throws(BoundsViolation) {
        guard let bound = bounds[measure.kind] else { throw .undeclaredKind(measure.kind, plugin: plugin) }
        if let topics = bound.topics, !topics.contains(measure.topic) {
            throw .undeclaredTopic(measure.topic, kind: measure.kind)
        }
        if let articles = bound.articles, !articles.contains(measure.article) {
            throw .undeclaredArticle(measure.article, kind: measure.kind)
        }
        let points = abs(measure.pointsChange)
        if let max = bound.maxPointsPerEvent, points > max {
            throw .overEventBound(kind: measure.kind, points: points, max: max)
        }
        if let max = bound.maxPointsPerPeriod, let period = bound.period, pointsInPeriod + points > max {
            throw .overPeriodBound(kind: measure.kind, subject: subject, already: pointsInPeriod, points: points,
                                   max: max, period: period.range(containing: day))
        }
    }
}

/// The validated bound of one measure kind.
public struct MeasureBound: Sendable, Hashable {
    /// The kind.
    public let kind: MeasureKind
    /// Allowed topics; `nil` for any.
    public let topics: Set<MeasureTopic>?
    /// Allowed articles; `nil` for any.
    public let articles: Set<ArticleReference>?
    /// Most points per event (points kinds).
    public let maxPointsPerEvent: Int?
    /// Most points per subject per period (points kinds).
    public let maxPointsPerPeriod: Int?
    /// The period counted over.
    public let period: BoundPeriod?
}

/// A measure outside what its plugin declared.
public enum BoundsViolation: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The plugin did not declare this kind.
    case undeclaredKind(MeasureKind, plugin: PluginReference)
    /// The kind is not declared for this topic.
    case undeclaredTopic(MeasureTopic, kind: MeasureKind)
    /// The kind is not declared for this article.
    case undeclaredArticle(ArticleReference, kind: MeasureKind)
    /// More points than one event may move.
    case overEventBound(kind: MeasureKind, points: Int, max: Int)
    /// More points than the subject may get or lose in the period.
    case overPeriodBound(kind: MeasureKind, subject: PointsSubject, already: Int, points: Int, max: Int, period: DayRange)

    public var description: String {
        switch self {
        case let .undeclaredKind(kind, plugin):
            "plugin \(plugin) did not declare `\(kind.rawValue)` measures: add it to the manifest's `measures` or stop returning it"
        case let .undeclaredTopic(topic, kind):
            "`\(kind.rawValue)` is not declared for topic `\(topic.rawValue)`"
        case let .undeclaredArticle(article, kind):
            "`\(kind.rawValue)` is not declared for \(article.label)"
        case let .overEventBound(kind, points, max):
            "`\(kind.rawValue)` of \(points) points exceeds the declared \(max) per event"
        case let .overPeriodBound(kind, subject, already, points, max, period):
            "`\(kind.rawValue)` of \(points) points would bring \(subject) to \(already + points) in \(period), over the declared \(max)"
        }
    }
}
