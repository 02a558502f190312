import ArgumentParser
import Foundation
import ShequCore

/// `shequ hotline analyse`: hotspots, repeated-complaint places, trend against the previous
/// period, and completion, on-time and satisfaction rates (大数据分析研判, Art. 15).
struct HotlineAnalyseCommand: AsyncParsableCommand {
    enum Dimension: String, ExpressibleByArgument, CaseIterable {
        case community, grid, category
    }

    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Hotspots by community, grid or category, repeated-complaint places, trend vs the previous period, and indicators.")

    @OptionGroup var period: HotlinePeriodOptions

    @Option(help: "Show only the counts by community, grid or category (default all tables).")
    var by: Dimension?

    @Option(help: "Complaints about one place that make it a recurring problem.")
    var repeatThreshold: Int = 3

    @Option(help: "The report time, for open orders past their deadline (default now).")
    var now: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let (first, last) = try period.bounds()
            guard let first, let last else {
                throw CommandFailure.usage("give the period with --from and --to (YYYY-MM-DD); the previous period of the same length is compared")
            }
            let reportTime = try now.map { text in
                guard let date = Open311ServiceRequest.parseTime(text) else { throw CommandFailure.usage("--now \(text): not a time") }
                return date
            } ?? Date()
            let store = try await storeOptions.open()
            let span = ReportingPeriod(start: first, end: last)
            var filter = try period.filter()
            filter.from = span.previous.start
            let requests = try await store.hotlineRequests(filter)
            let unit: HotlinePeriodUnit = last.timeIntervalSince(first) > 62 * 86_400 ? .month : .day
            var names: [String: String] = [:]
            for code in Set(requests.map(\.communityCode)) {
                if let division = try await store.division(id: DivisionID(rawValue: code)) { names[code] = division.name }
            }
            let analysis = HotlineAnalysis(requests: requests, period: span, now: reportTime, unit: unit,
                                           repeatThreshold: repeatThreshold, communityNames: names)
            var tables = analysis.tables
            if let by {
                let index = switch by {
                case .community: 1
                case .grid: 2
                case .category: 3
                }
                tables = [tables[0], tables[index], tables[6]]
            }
            switch output.format {
            case .json:
                if by == nil { try JSONOutput.print(analysis) } else { try JSONOutput.print(tables) }
            case .text:
                print(tables.map(\.text).joined(separator: "\n"))
            }
        }
    }
}
