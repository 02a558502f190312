/// An inclusive range of days: a month, a quarter, a year or any custom period.
///
/// Points totals (per period, per community) and the per-period bounds of a plugin's
/// declared measures are counted over a `DayRange`.
///
/// ```swift
/// let april = DayRange.month(containing: try CalendarDay("2025-04-18"))
/// april.contains(try CalendarDay("2025-04-30"))   // true
/// ```
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day.
    public let first: CalendarDay
    /// The last day, included.
    public let last: CalendarDay

    /// Creates a range; `nil` when `last` is before `first`.
    public init?(first: CalendarDay, last: CalendarDay) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// Whether the day falls in the range.
    public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }

    /// The calendar month that contains `day`.
    public static func month(containing day: CalendarDay) -> DayRange {
        months(day.year, day.month, day.month)
    }

    /// The calendar quarter that contains `day`.
    public static func quarter(containing day: CalendarDay) -> DayRange {
        let start = (day.month - 1) / 3 * 3 + 1
        return months(day.year, start, start + 2)
    }

    /// The calendar year that contains `day`.
    public static func year(containing day: CalendarDay) -> DayRange {
        months(day.year, 1, 12)
    }

    public var description: String { "\(first)..\(last)" }

    private static func months(_ year: Int, _ from: Int, _ to: Int) -> DayRange {
        // Both ends exist by construction: month 1-12, last day from the month length.
        let first = CalendarDay(year: year, month: from, day: 1)!
        let last = CalendarDay(year: year, month: to, day: CalendarDay.daysIn(month: to, year: year))!
        return DayRange(first: first, last: last)!
    }
}
