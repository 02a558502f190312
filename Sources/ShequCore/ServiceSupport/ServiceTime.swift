import Foundation

/// China Standard Time (UTC+8, no daylight saving): the clock of every report.
enum ServiceTime {
    static let calendar = Calendar.chinaStandard

    /// `2026-03-01T09:30:00+08:00`.
    static func iso8601(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return "\(pad(c.year!, 4))-\(pad(c.month!))-\(pad(c.day!))T\(pad(c.hour!)):\(pad(c.minute!)):\(pad(c.second!))+08:00"
    }

    /// `2026-03-01`.
    static func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(pad(c.year!, 4))-\(pad(c.month!))-\(pad(c.day!))"
    }

    /// `2026-03`.
    static func month(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month], from: date)
        return "\(pad(c.year!, 4))-\(pad(c.month!))"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
