import Foundation
import ShequCore

extension CivilDate {
    /// Today's date in China Standard Time, the calendar the regulation's dates are in.
    static func today() -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// Parses an option's date, naming the option when it is not a date.
    static func option(_ text: String?, _ name: String) throws -> CivilDate? {
        guard let text else { return nil }
        do {
            return try CivilDate(parsing: text)
        } catch {
            throw CommandFailure.usage("\(name) \(text): \(error)")
        }
    }
}
