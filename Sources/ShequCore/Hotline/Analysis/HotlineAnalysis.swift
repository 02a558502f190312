import Foundation

/// Hotspots and recurring problems in a period of hotline requests (大数据分析研判, Art. 15).
///
/// Counts by community, grid, category and type with the trend against the previous
/// period of the same length, a time series by day or month, places with repeated
/// complaints, and the completion, on-time and satisfaction rates:
///
/// ```swift
/// let analysis = HotlineAnalysis(requests: requests, period: march, now: now)
/// print(analysis.text)                        // Chinese text tables
/// let json = try JSONEncoder().encode(analysis) // the same figures as JSON
/// ```
public struct HotlineAnalysis: Sendable, Hashable, Codable {
    /// The period analysed.
    public var period: ReportingPeriod
    /// The period of the same length just before, for trends.
    public var previousPeriod: ReportingPeriod
    /// The step of ``byPeriod``.
    public var unit: HotlinePeriodUnit
    /// Requests received in the period.
    public var total: Int
    /// Requests received in the previous period.
    public var previousTotal: Int
    /// Counts by community, most first.
    public var byCommunity: [HotlineTally]
    /// Counts by grid, most first; requests without a grid under `未划网格`.
    public var byGrid: [HotlineTally]
    /// Counts by category (service code), most first.
    public var byCategory: [HotlineTally]
    /// Counts by type (咨询, 投诉, …), most first.
    public var byType: [HotlineTally]
    /// Counts by day or month, in time order, days without requests included.
    public var byPeriod: [HotlinePeriodCount]
    /// Places with at least the threshold number of complaints, most first.
    public var repeatedComplaintPlaces: [HotlineRepeatedPlace]
    /// Completion, on-time and satisfaction figures.
    public var indicators: HotlineIndicators

    /// The key under which requests without a grid are counted.
    public static let noGridKey = "未划网格"

    /// Analyses the requests received in `period`.
    ///
    /// - Parameters:
    ///   - requests: requests of any time; those outside the period and the previous one are ignored.
    ///   - now: the time of the report, for open requests past their deadline.
    ///   - unit: the step of the time series.
    ///   - repeatThreshold: complaints about one place that make it a recurring problem.
    ///   - communityNames: names to show for community codes, where known.
    public init(
        requests: [HotlineRequest], period: ReportingPeriod, now: Date, unit: HotlinePeriodUnit = .day,
        repeatThreshold: Int = 3, communityNames: [String: String] = [:]
    ) {
        self.period = period
        self.previousPeriod = period.previous
        self.unit = unit
        let current = requests.filter { period.contains($0.requestedAt) }
        let previous = requests.filter { period.previous.contains($0.requestedAt) }
        total = current.count
        previousTotal = previous.count
        byCommunity = Self.tallies(current, previous, key: \.communityCode) { communityNames[$0.communityCode] ?? $0.communityCode }
        byGrid = Self.tallies(current, previous, key: { $0.gridCode ?? Self.noGridKey }) { $0.gridCode ?? Self.noGridKey }
        byCategory = Self.tallies(current, previous, key: \.serviceCode) { $0.serviceName }
        byType = Self.tallies(current, previous, key: \.type.rawValue) { $0.type.chineseName }
        byPeriod = Self.series(current, period: period, unit: unit)
        repeatedComplaintPlaces = Self.repeatedPlaces(current, threshold: repeatThreshold)
        indicators = Self.indicators(current, now: now)
    }

    private static func tallies(
        _ current: [HotlineRequest], _ previous: [HotlineRequest],
        key: (HotlineRequest) -> String, label: (HotlineRequest) -> String
    ) -> [HotlineTally] {
        var counts: [String: Int] = [:]
        var labels: [String: String] = [:]
        for request in current {
            let k = key(request)
            counts[k, default: 0] += 1
            if labels[k] == nil { labels[k] = label(request) }
        }
        var previousCounts: [String: Int] = [:]
        for request in previous {
            let k = key(request)
            previousCounts[k, default: 0] += 1
            if labels[k] == nil { labels[k] = label(request) }
        }
        let keys = Set(counts.keys).union(previousCounts.keys)
        return keys.map { k in
            HotlineTally(key: k, label: labels[k] ?? k, count: counts[k] ?? 0, previousCount: previousCounts[k] ?? 0)
        }
        .sorted { ($1.count, $1.previousCount, $0.key) < ($0.count, $0.previousCount, $1.key) }
    }

    private static func series(_ current: [HotlineRequest], period: ReportingPeriod, unit: HotlinePeriodUnit) -> [HotlinePeriodCount] {
        let label: (Date) -> String = { date in unit == .day ? ServiceTime.day(date) : ServiceTime.month(date) }
        let component: Calendar.Component = unit == .day ? .day : .month
        var counts: [String: Int] = [:]
        for request in current { counts[label(request.requestedAt), default: 0] += 1 }
        var labels: [String] = []
        let calendar = ServiceTime.calendar
        var cursor = calendar.dateInterval(of: component, for: period.start)?.start ?? period.start
        while cursor < period.end {
            labels.append(label(cursor))
            guard let next = calendar.date(byAdding: component, value: 1, to: cursor) else { break }
            cursor = next
        }
        return labels.map { HotlinePeriodCount(period: $0, count: counts[$0] ?? 0) }
    }

    private static func repeatedPlaces(_ current: [HotlineRequest], threshold: Int) -> [HotlineRepeatedPlace] {
        var groups: [HotlinePlaceKey: [HotlineRequest]] = [:]
        for request in current where request.type == .complaint {
            let key = HotlinePlaceKey(request)
            if !key.isEmpty { groups[key, default: []].append(request) }
        }
        return groups.compactMap { key, requests -> HotlineRepeatedPlace? in
            guard requests.count >= max(1, threshold) else { return nil }
            let ordered = requests.sorted { ($0.requestedAt, $0.id) < ($1.requestedAt, $1.id) }
            return HotlineRepeatedPlace(
                place: key, address: ordered[0].address, count: ordered.count,
                categories: Set(ordered.map(\.serviceName)).sorted(), requestIDs: ordered.map(\.id)
            )
        }
        .sorted { ($1.count, $0.place) < ($0.count, $1.place) }
    }

    private static func indicators(_ current: [HotlineRequest], now: Date) -> HotlineIndicators {
        let valid = current.filter { $0.status != .invalid }
        let completed = valid.filter(\.status.isCompleted)
        let timed = completed.compactMap(\.wasCompletedOnTime)
        let rated = valid.compactMap(\.satisfaction)
        return HotlineIndicators(
            received: current.count, valid: valid.count, completed: completed.count,
            completedWithDeadline: timed.count, completedOnTime: timed.filter { $0 }.count,
            overdueOpen: valid.filter { $0.isOverdue(at: now) }.count,
            rated: rated.count, satisfied: rated.filter(\.isSatisfied).count
        )
    }
}
