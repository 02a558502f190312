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
            "`\(kind.rawValue)` measures of this event move \(points) points in all, over the declared \(max) per event"
        case let .overPeriodBound(kind, subject, already, points, max, period):
            "`\(kind.rawValue)` of \(points) points would bring \(subject) to \(already + points) in \(period), over the declared \(max)"
        }
    }
}
