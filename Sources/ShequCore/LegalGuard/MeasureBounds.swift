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
    /// The per-event bound holds for the sum of an event's measures of a kind, so a plugin
    /// cannot pass it by splitting one deduction into several.
    ///
    /// - Parameters:
    ///   - pointsInPeriod: points of this kind the subject already has from this plugin in
    ///     the bound's period (see ``PointsLedger/points(of:kind:plugin:in:)``).
    ///   - pointsInEvent: points of this kind the same event's earlier measures already move.
    /// - Throws: ``BoundsViolation``.
    public func check(_ measure: Measure, subject: PointsSubject, on day: CivilDate,
                      pointsInPeriod: Int, pointsInEvent: Int = 0) throws(BoundsViolation) {
        guard let bound = bounds[measure.kind] else { throw .undeclaredKind(measure.kind, plugin: plugin) }
        if let topics = bound.topics, !topics.contains(measure.topic) {
            throw .undeclaredTopic(measure.topic, kind: measure.kind)
        }
        if let articles = bound.articles, !articles.contains(measure.article) {
            throw .undeclaredArticle(measure.article, kind: measure.kind)
        }
        let points = abs(measure.pointsChange)
        if let max = bound.maxPointsPerEvent, pointsInEvent + points > max {
            throw .overEventBound(kind: measure.kind, points: pointsInEvent + points, max: max)
        }
        if let max = bound.maxPointsPerPeriod, let period = bound.period, pointsInPeriod + points > max {
            throw .overPeriodBound(kind: measure.kind, subject: subject, already: pointsInPeriod, points: points,
                                   max: max, period: period.range(containing: day))
        }
    }
}
