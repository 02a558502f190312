import Foundation

/// Fixed instants in China Standard Time, so tests read like the records they model.
enum ServiceClock {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar
    }()

    /// `"2026-03-01 09:30"` in UTC+8.
    static func at(_ text: String) -> Date {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0)! }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2],
                                        hour: parts.count > 3 ? parts[3] : 0, minute: parts.count > 4 ? parts[4] : 0)
        return calendar.date(from: components)!
    }
}
