/// A calendar date without time or time zone, written `YYYY-MM-DD`: birth dates, effective dates.
///
/// ```swift
/// let birth = try CivilDate(parsing: "1958-03-09")
/// birth.age(on: CivilDate(year: 2025, month: 3, day: 1)!)  // 66
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the day exists in the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
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

    /// Whole years completed on `date`.
    public func age(on date: CivilDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// The eight digits `YYYYMMDD` used inside an ID number.
    public var compactDigits: String {
        pad(year, 4) + pad(month, 2) + pad(day, 2)
    }

    public var description: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try CivilDate(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
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

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A text that is not a `YYYY-MM-DD` date.
public struct CivilDateError: Error, Sendable, Equatable, CustomStringConvertible {
    public let text: String
    public var description: String { "'\(text)' is not a date: expected YYYY-MM-DD, e.g. 1958-03-09" }
}
