/// The measures a plugin says it can produce, with their bounds, as written in its
/// manifest (`measures = { … }`).
///
/// ```lua
/// measures = {
///   { kind = "award_points", topics = { "respect_elderly" }, articles = { "第五条" },
///     max_points_per_event = 5, max_points_per_period = 20, period = "month" },
///   { kind = "criticism_education" },
/// }
/// ```
///
/// ``validate(file:)`` checks it when the plugin loads; ``MeasureBounds/check(against:)``
/// checks it again when a convention version is filed; ``MeasureBounds/check(_:subject:on:pointsInPeriod:)``
/// checks every result at run time.
///
/// ```swift
/// let bounds = try declaration.validate(file: "Plugins/guangshan-points/plugin.lua")
/// ```
public struct MeasureDeclaration: Sendable, Hashable, Codable {
    /// The plugin declaring.
    public let plugin: PluginReference
    /// One entry per measure kind.
    public let measures: [DeclaredMeasure]

    /// Creates a declaration.
    public init(plugin: PluginReference, measures: [DeclaredMeasure]) {
        self.plugin = plugin
        self.measures = measures
    }

    /// Checks the declaration and returns the bounds to enforce.
    ///
    /// - Parameter file: the manifest's path, named in errors.
    /// - Throws: ``MeasureDeclarationError`` naming file, line (when the entry has one) and field.
    public func validate(file: String) throws(MeasureDeclarationError) -> MeasureBounds {
        func fail(_ index: Int?, _ field: String, _ problem: String) -> MeasureDeclarationError {
            let path = index.map { "measures[\($0 + 1)]" + (field.isEmpty ? "" : ".\(field)") } ?? field
            return MeasureDeclarationError(file: file, line: index.flatMap { measures[$0].line }, field: path, problem: problem)
        }
        guard !plugin.id.isEmpty else { throw fail(nil, "id", "the plugin needs an id") }
        guard !plugin.version.isEmpty else { throw fail(nil, "version", "the plugin needs a version") }
        guard !measures.isEmpty else { throw fail(nil, "measures", "declare at least one measure the plugin can produce") }

        var bounds: [MeasureKind: MeasureBound] = [:]
        for (index, entry) in measures.enumerated() {
            guard let kind = MeasureKind(rawValue: entry.kind) else {
                let lawful = MeasureKind.allCases.map(\.rawValue).joined(separator: ", ")
                if let rule = TokenClassifier.name(entry.kind) ?? TextScreen.screen(entry.kind, constraint: true)?.rule {
                    throw fail(index, "kind", "`\(entry.kind)` is forbidden: \(rule.chineseReason)（依据：\(rule.legalBases.map(\.citation).joined(separator: "、"))）")
                }
                throw fail(index, "kind", "`\(entry.kind)` is not a lawful measure kind; use one of: \(lawful)")
            }
            guard bounds[kind] == nil else { throw fail(index, "kind", "`\(entry.kind)` is declared twice; declare each kind once") }

            var topics: Set<MeasureTopic>?
            if let names = entry.topics {
                topics = []
                for name in names {
                    guard let topic = MeasureTopic(rawValue: name) else {
                        throw fail(index, "topics", "“\(name)” is not a topic: use a named topic or a snake_case local topic")
                    }
                    topics!.insert(topic)
                }
            }
            var articles: Set<ArticleReference>?
            if let labels = entry.articles {
                articles = []
                for label in labels {
                    guard let article = ArticleReference(parsing: label) else {
                        throw fail(index, "articles", "“\(label)” is not an article: write 第五条 or 第5条")
                    }
                    articles!.insert(article)
                }
            }

            var perEvent: Int?
            var perPeriod: (points: Int, period: BoundPeriod)?
            if kind.movesPoints {
                guard let maxEvent = entry.maxPointsPerEvent else {
                    throw fail(index, "max_points_per_event", "a points measure needs `max_points_per_event`")
                }
                guard (1...MeasureReader.pointsCeiling).contains(maxEvent) else {
                    throw fail(index, "max_points_per_event", "must be between 1 and \(MeasureReader.pointsCeiling), not \(maxEvent)")
                }
                perEvent = maxEvent
                switch (entry.maxPointsPerPeriod, entry.period) {
                case (nil, nil): break
                case (nil, _?):
                    throw fail(index, "max_points_per_period", "`period` is given without `max_points_per_period`")
                case (_?, nil):
                    throw fail(index, "period", "give the `period` (month, quarter or year) `max_points_per_period` counts over")
                case let (maxPeriod?, periodName?):
                    guard let period = BoundPeriod(rawValue: periodName) else {
                        throw fail(index, "period", "“\(periodName)” is not a period: use month, quarter or year")
                    }
                    guard maxPeriod >= maxEvent else {
                        throw fail(index, "max_points_per_period", "\(maxPeriod) is less than `max_points_per_event` (\(maxEvent))")
                    }
                    perPeriod = (maxPeriod, period)
                }
            } else if entry.maxPointsPerEvent != nil || entry.maxPointsPerPeriod != nil || entry.period != nil {
                throw fail(index, "max_points_per_event", "`\(entry.kind)` moves no points; remove its points bounds")
            }
            bounds[kind] = MeasureBound(kind: kind, topics: topics, articles: articles, maxPointsPerEvent: perEvent,
                                        maxPointsPerPeriod: perPeriod?.points, period: perPeriod?.period)
        }
        return MeasureBounds(plugin: plugin, bounds: bounds)
    }
}
