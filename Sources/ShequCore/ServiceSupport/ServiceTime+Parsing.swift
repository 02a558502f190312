import Foundation

extension ServiceTime {
    /// Parses `2026-03-01T09:30:00+08:00`, `…Z`, `2026-03-01 09:30[:00]` (China Standard Time)
    /// or `2026-03-01` (midnight, China Standard Time); `nil` for anything else.
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[range] {
                guard let digit = Int(String(scalar)), scalar.isASCII else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var offsetSeconds = 8 * 3600
        var index = 10
        if scalars.count > 10 {
            guard scalars[10] == "T" || scalars[10] == " ", scalars.count >= 16, scalars[13] == ":",
                  let hour = number(11..<13), let minute = number(14..<16) else { return nil }
            components.hour = hour
            components.minute = minute
            index = 16
            if scalars.count >= 19, scalars[16] == ":" {
                guard let second = number(17..<19) else { return nil }
                components.second = second
                index = 19
            }
            let zone = String(String.UnicodeScalarView(scalars[index...]))
            switch zone {
            case "": break
            case "Z": offsetSeconds = 0
            default:
                let zoneScalars = Array(zone.unicodeScalars)
                guard zoneScalars.count == 6, zoneScalars[0] == "+" || zoneScalars[0] == "-", zoneScalars[3] == ":",
                      let hours = Int(String(zone.dropFirst().prefix(2))), let minutes = Int(String(zone.suffix(2))) else { return nil }
                offsetSeconds = (hours * 3600 + minutes * 60) * (zoneScalars[0] == "-" ? -1 : 1)
            }
        }
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(components.hour!),
              (0...59).contains(components.minute!), (0...60).contains(components.second!) else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: offsetSeconds)!
        guard let date = utc.date(from: components),
              utc.dateComponents([.day], from: date).day == day else { return nil }
        return date
    }
}
