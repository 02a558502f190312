import Foundation

/// Instants counted in days from 2025-03-01 00:00 China Standard Time, the day the regulation took effect.
enum Days {
    static let origin = Date(timeIntervalSince1970: 1_740_758_400)

    static func day(_ n: Double) -> Date {
        origin.addingTimeInterval(n * 86_400)
    }
}

func day(_ n: Double) -> Date { Days.day(n) }
