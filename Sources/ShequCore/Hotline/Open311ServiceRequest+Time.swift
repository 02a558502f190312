import Foundation

extension Open311ServiceRequest {
    /// A time as Open311 datetimes are written here: ISO 8601 in China Standard Time.
    ///
    /// ```swift
    /// Open311ServiceRequest.time(date)   // "2026-03-01T09:30:00+08:00"
    /// ```
    public static func time(_ date: Date) -> String { ServiceTime.iso8601(date) }

    /// Parses an Open311 datetime (`2026-03-01T09:30:00+08:00`, `…Z`), or `2026-03-01 09:30`
    /// and `2026-03-01` in China Standard Time; `nil` when the text is none of these.
    public static func parseTime(_ text: String) -> Date? { ServiceTime.parse(text) }
}
