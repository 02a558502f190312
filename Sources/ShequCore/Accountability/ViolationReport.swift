import Foundation

/// Reports on the violations register per unit and per period (Art. 44–46); pure functions over a list of violations.
///
/// ```swift
/// let year = DateInterval(start: jan1, end: nextJan1)
/// for row in ViolationReport.byUnit(register, occurredIn: year) {
///     print(row.unit.name, row.total, row.open)
/// }
/// let months = ViolationReport.byPeriod(register, in: year, granularity: .month, calendar: .chinaStandard)
/// ```
public enum ViolationReport {
    /// The lengths of period a report can be cut into.
    public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Calendar months.
        case month
        /// Calendar quarters (January, April, July, October).
        case quarter
        /// Calendar years.
        case year
    }

    /// One unit's violations that occurred in the interval, most violations first, then by name.
    public static func byUnit(_ violations: [Violation], occurredIn interval: DateInterval) -> [ViolationSummary<GovernmentUnit>] {
        let inInterval = violations.filter { interval.containsHalfOpen($0.occurredAt) }
        let grouped = Dictionary(grouping: inInterval, by: \.unit)
        return grouped
            .map { ViolationSummary(key: $0.key, violations: $0.value) }
            .sorted { ($0.total, $1.key.name) > ($1.total, $0.key.name) }
    }

    /// The violations that occurred in each period of the interval, in time order; periods with none are included with zero.
    public static func byPeriod(
        _ violations: [Violation],
        in interval: DateInterval,
        granularity: Granularity,
        calendar: Calendar = .chinaStandard
    ) -> [ViolationSummary<DateInterval>] {
        var periods: [DateInterval] = []
        var start = periodStart(containing: interval.start, granularity: granularity, calendar: calendar)
        while start < interval.end {
            let next = calendar.date(byAdding: step(granularity), to: start) ?? interval.end
            periods.append(DateInterval(start: max(start, interval.start), end: min(next, interval.end)))
            start = next
        }
        return periods.map { period in
            ViolationSummary(key: period, violations: violations.filter { period.containsHalfOpen($0.occurredAt) })
        }
    }

    private static func step(_ granularity: Granularity) -> DateComponents {
        switch granularity {
        case .month: DateComponents(month: 1)
        case .quarter: DateComponents(month: 3)
        case .year: DateComponents(year: 1)
        }
    }

    private static func periodStart(containing date: Date, granularity: Granularity, calendar: Calendar) -> Date {
        var components = calendar.dateComponents([.year, .month], from: date)
        switch granularity {
        case .month: break
        case .quarter: components.month = ((components.month ?? 1) - 1) / 3 * 3 + 1
        case .year: components.month = 1
        }
        components.day = 1
        return calendar.date(from: components) ?? date
    }
}

/// Counts of violations under one key (a unit or a period).
public struct ViolationSummary<Key: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The unit or period.
    public var key: Key
    /// How many violations.
    public var total: Int
    /// How many are not yet closed.
    public var open: Int
    /// How many in each status.
    public var byStatus: [ViolationStatus: Int]
    /// How many under each article.
    public var byArticle: [Int: Int]
    /// The ids of the violations counted, in register order.
    public var violationIDs: [String]

    /// Summarises a list of violations under a key.
    public init(key: Key, violations: [Violation]) {
        self.key = key
        total = violations.count
        open = violations.count { !$0.isClosed }
        byStatus = Dictionary(grouping: violations, by: \.status).mapValues(\.count)
        byArticle = Dictionary(grouping: violations, by: \.basis.article).mapValues(\.count)
        violationIDs = violations.map(\.id)
    }
}

extension DateInterval {
    /// True when `start <= date < end`, so adjacent periods never count a violation twice.
    func containsHalfOpen(_ date: Date) -> Bool {
        date >= start && date < end
    }
}
