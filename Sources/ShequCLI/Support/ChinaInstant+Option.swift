import Foundation
import ShequCore

extension ChinaInstant {
    /// Reads an instant option, or `nil` when it was not given; a bad value is a usage error naming the option.
    static func option(_ text: String?, _ name: String) throws -> Date? {
        guard let text else { return nil }
        guard let date = parse(text) else { throw CommandFailure.usage("\(name) \(text): expected \(expected)") }
        return date
    }

    /// Days and hours of a duration, `9天4小时`.
    static func duration(_ seconds: TimeInterval) -> String {
        let hours = Int(seconds / 3600)
        let days = hours / 24
        return days > 0 ? "\(days)天\(hours % 24)小时" : "\(hours)小时"
    }
}
