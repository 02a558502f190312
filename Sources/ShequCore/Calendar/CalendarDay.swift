/// A calendar day in China Standard Time, written `YYYY-MM-DD`.
///
/// Governance dates (a meeting, a filing, the day a behaviour happened) are whole
/// days, so the domain compares days rather than instants and never depends on the
/// machine's time zone.
///
/// ```swift
/// let day = try CalendarDay("2025-03-01")
/// day < CalendarDay(year: 2025, month: 4, day: 1)!   // true
/// ```
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a day, or `nil` when the date does not exist (e.g. 2025-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Throws: ``CalendarDayError`` naming the text when it is not a real date.
    public init(_ text: String) throws(CalendarDayError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let value = CalendarDay(year: y, month: m, day: d)
        else { throw CalendarDayError(text: text) }
        self = value
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The day written the way Chinese notices write it, e.g. `2025年3月1日`.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try CalendarDay(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A text that is not a real `YYYY-MM-DD` date.
public struct CalendarDayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was given.
    public let text: String

    public var description: String {
        "“\(text)” is not a date: write it as YYYY-MM-DD, e.g. 2025-03-01"
    }
}
