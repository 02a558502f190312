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
