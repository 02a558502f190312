/// A calendar day without time or time zone: birth dates, and the days on which
/// conventions, divisions and catalogues take effect ("applies from 2025-03-01").
///
/// Encodes as the ISO 8601 text `"YYYY-MM-DD"`, which is also what a Lua script sees.
///
/// ```swift
/// let birth = try CivilDate(parsing: "1958-03-09")
/// birth.age(on: CivilDate(year: 2025, month: 3, day: 1)!)  // 66
/// CivilDate("2025-03-01")! < CivilDate(year: 2025, month: 3, day: 2)!   // true
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31 (checked against the month and leap years).
    public let day: Int

    /// Creates a day, or `nil` when the three parts do not name a real calendar day
    /// of the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, byte by byte (imports parse millions of birth dates).
    /// - Throws: ``CivilDateError`` when the text is not such a date.
    public init(parsing text: String) throws(CivilDateError) {
        let utf8 = text.utf8
        guard utf8.count == 10 else { throw CivilDateError(text: text) }
        var year = 0, month = 0, day = 0
        for (index, byte) in utf8.enumerated() {
            if index == 4 || index == 7 {
                guard byte == 0x2D else { throw CivilDateError(text: text) }
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { throw CivilDateError(text: text) }
            let digit = Int(byte - 0x30)
            if index < 4 { year = year * 10 + digit } else if index < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { throw CivilDateError(text: text) }
        self = date
    }

    /// Parses `"YYYY-MM-DD"`, or returns `nil` when the text is not a real calendar day.
    public init?(_ text: String) {
        guard let date = try? CivilDate(parsing: text) else { return nil }
        self = date
    }

    /// Whole years completed on `date`.
    public func age(on date: CivilDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// The eight digits `YYYYMMDD` used inside an ID number.
    public var compactDigits: String {
        Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
    }

    /// The day as `"YYYY-MM-DD"`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CivilDate(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text)\" is not a calendar day; write it as YYYY-MM-DD, e.g. 2025-03-01"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A text that is not a `YYYY-MM-DD` date.
public struct CivilDateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was read.
    public let text: String
    public var description: String { "'\(text)' is not a date: expected YYYY-MM-DD, e.g. 1958-03-09" }
}
