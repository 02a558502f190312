import Foundation

extension Date {
    /// Whole seconds since 1970, as escalation hooks see times.
    var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
}
