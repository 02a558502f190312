import Foundation

extension Calendar {
    /// The Gregorian calendar in China Standard Time (UTC+8), which county reports use.
    public static var chinaStandard: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        return calendar
    }
}
