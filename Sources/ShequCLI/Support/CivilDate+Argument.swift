import ArgumentParser
import Foundation
import ShequCore

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    /// Today in China Standard Time, the day entries are recorded on unless `--today` says otherwise.
    static var todayInChina: CivilDate {
        let parts = Calendar.chinaStandard.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }
}
