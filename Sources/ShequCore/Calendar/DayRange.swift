/// An inclusive range of days: a month, a quarter, a year or any custom period.
///
/// Points totals (per period, per community) and the per-period bounds of a plugin's
/// declared measures are counted over a `DayRange`.
///
/// ```swift
/// let april = DayRange.month(containing: CivilDate("2025-04-18")!)
/// april.contains(CivilDate("2025-04-30")!)   // true
/// ```
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day.
    public let first: CivilDate
    /// The last day, included.
    public let last: CivilDate

    /// Creates a range; `nil` when `last` is before `first`.
    public init?(first: CivilDate, last: CivilDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// Whether the day falls in the range.
    public func contains(_ day: CivilDate) -> Bool { first <= day && day <= last }

    /// The calendar month that contains `day`.
    public static func month(containing day: CivilDate) -> DayRange {
        months(day.year, day.month, day.month)
    }

    /// The calendar quarter that contains `day`.
    public static func quarter(containing day: CivilDate) -> DayRange {
        let start = (day.month - 1) / 3 * 3 + 1
        return months(day.year, start, start + 2)
    }

    /// The calendar year that contains `day`.
    public static func year(containing day: CivilDate) -> DayRange {
        months(day.year, 1, 12)
    }

    public var description: String { "\(first)..\(last)" }

    private static func months(_ year: Int, _ from: Int, _ to: Int) -> DayRange {
        // Both ends exist by construction: the caller passes months 1-12 of a real year.
        let first = CivilDate(year: year, month: from, day: 1)!
        let last = CivilDate(year: year, month: to, day: 1)!.lastDayOfMonth
        return DayRange(first: first, last: last)!
    }
}
