/// One entry of a ``MeasureDeclaration``, as written.
public struct DeclaredMeasure: Sendable, Hashable, Codable {
    /// The measure kind, e.g. `award_points`.
    public let kind: String
    /// The topics it may be used on; `nil` for any.
    public let topics: [String]?
    /// The convention articles it may apply; `nil` for any.
    public let articles: [String]?
    /// For points kinds: the most points one event may move.
    public let maxPointsPerEvent: Int?
    /// For points kinds: the most points one subject may get (or lose) in a period.
    public let maxPointsPerPeriod: Int?
    /// `month`, `quarter` or `year`.
    public let period: String?
    /// The entry's line in the manifest, when the loader knows it.
    public let line: Int?

    /// Creates an entry.
    public init(kind: String, topics: [String]? = nil, articles: [String]? = nil, maxPointsPerEvent: Int? = nil,
                maxPointsPerPeriod: Int? = nil, period: String? = nil, line: Int? = nil) {
        self.kind = kind
        self.topics = topics
        self.articles = articles
        self.maxPointsPerEvent = maxPointsPerEvent
        self.maxPointsPerPeriod = maxPointsPerPeriod
        self.period = period
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case kind, topics, articles
        case maxPointsPerEvent = "max_points_per_event"
        case maxPointsPerPeriod = "max_points_per_period"
        case period, line
    }
}
