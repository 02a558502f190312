import Foundation

extension CivilDate {
    /// The instant this day starts in China Standard Time (UTC+8), the clock of the regulation's deadlines.
    ///
    /// ```swift
    /// let start = CivilDate(year: 2025, month: 3, day: 1)!.startInChina
    /// ```
    public var startInChina: Date {
        Calendar.chinaStandard.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day an instant falls on in China Standard Time.
    public init(chinaDayOf date: Date) {
        let parts = Calendar.chinaStandard.dateComponents([.year, .month, .day], from: date)
        self = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }
}

/// Reads the instants written in files and options of the governance processes: a day
/// (`2025-03-01`, its start in China time), a local time (`2025-03-01T09:30` or
/// `2025-03-01 09:30`, China time) or a full ISO 8601 instant with its zone.
///
/// ```swift
/// let now = ChinaInstant.parse("2025-03-15T18:00")
/// ```
public enum ChinaInstant {
    /// The instant the text names, or `nil` when it is none of the accepted forms.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CivilDate(trimmed) { return day.startInChina }
        let local = trimmed.replacingOccurrences(of: " ", with: "T")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = .chinaStandard
        formatter.timeZone = Calendar.chinaStandard.timeZone
        for pattern in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            formatter.dateFormat = pattern
            if let date = formatter.date(from: local) { return date }
        }
        return try? Date(local, strategy: .iso8601)
    }

    /// The expected forms, for error messages.
    public static let expected = "a date YYYY-MM-DD or a China time YYYY-MM-DDTHH:MM (or an ISO 8601 instant with its zone)"

    /// An instant written back in China time, `2025-03-01 09:30`.
    public static func text(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = .chinaStandard
        formatter.timeZone = Calendar.chinaStandard.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
