import ArgumentParser
import Foundation
import ShequCore

/// `--from`/`--to` (dates, China Standard Time) and the community, grid and category filters
/// every hotline reading command shares.
struct HotlinePeriodOptions: ParsableArguments {
    @Option(help: "First day (YYYY-MM-DD), inclusive.")
    var from: String?

    @Option(help: "Last day (YYYY-MM-DD), inclusive.")
    var to: String?

    @Option(help: "Only requests about this community (its code or identity).")
    var community: String?

    @Option(help: "Only requests about this grid (its code).")
    var grid: String?

    @Option(help: "Only requests whose service code starts with this prefix.")
    var category: String?

    /// The start of the first day and the end of the last, in China Standard Time.
    func bounds() throws -> (from: Date?, to: Date?) {
        let first = try CivilDate.option(from, "--from").map(Self.startOfDay)
        let last = try CivilDate.option(to, "--to").map { Self.startOfDay($0).addingTimeInterval(86_400) }
        if let first, let last, last <= first {
            throw CommandFailure.usage("--to \(to ?? "") is before --from \(from ?? ""): give the first day, then the last")
        }
        return (first, last)
    }

    func filter(limit: Int? = nil) throws -> HotlineRequestFilter {
        let (first, last) = try bounds()
        return HotlineRequestFilter(from: first, to: last, community: community, grid: grid, serviceCodePrefix: category, limit: limit)
    }

    static func startOfDay(_ date: CivilDate) -> Date {
        Calendar.chinaStandard.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
