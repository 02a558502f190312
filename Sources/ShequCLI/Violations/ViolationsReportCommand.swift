import ArgumentParser
import Foundation
import ShequCore

/// `shequ violations report`: counts per unit or per period, by status and article.
struct ViolationsReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report violations per unit or per month, quarter or year, between two dates.")

    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case unit, month, quarter, year
    }

    @Option(help: "Group by unit, month, quarter or year.")
    var by: Grouping = .unit

    @Option(help: "First day (YYYY-MM-DD).")
    var from: String

    @Option(help: "Day after the last (YYYY-MM-DD): the period is [from, to).")
    var to: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Line: Encodable {
        var key: String
        var total: Int
        var open: Int
        var byStatus: [String: Int]
        var byArticle: [String: Int]
        var violationIDs: [String]
    }

    func run() async throws {
        try await reportingFailures {
            let start = try ChinaInstant.option(from, "--from")!
            let end = try ChinaInstant.option(to, "--to")!
            guard start < end else { throw CommandFailure.usage("--to must be after --from") }
            let interval = DateInterval(start: start, end: end)
            let store = try await storeOptions.open()
            let violations = try await store.violations()
            let lines: [Line]
            switch by {
            case .unit:
                lines = ViolationReport.byUnit(violations, occurredIn: interval).map { Self.line("\($0.key.name)", $0) }
            case .month, .quarter, .year:
                let granularity = ViolationReport.Granularity(rawValue: by.rawValue)!
                lines = ViolationReport.byPeriod(violations, in: interval, granularity: granularity).map {
                    Self.line("\(CivilDate(chinaDayOf: $0.key.start))…\(CivilDate(chinaDayOf: $0.key.end))", $0)
                }
            }
            switch output.format {
            case .json: try JSONOutput.print(lines)
            case .text:
                print("违规行为统计（\(from) 至 \(to) 前，按\(["unit": "单位", "month": "月", "quarter": "季度", "year": "年"][by.rawValue]!)）")
                for line in lines {
                    let statuses = line.byStatus.sorted { $0.key < $1.key }.map { "\(ViolationStatus(rawValue: $0.key)?.chineseName ?? $0.key)\($0.value)" }.joined(separator: "、")
                    let articles = line.byArticle.sorted { $0.key < $1.key }.map { "第\($0.key)条\($0.value)" }.joined(separator: "、")
                    print("\(line.key)：共\(line.total)件，未结\(line.open)件\(statuses.isEmpty ? "" : "；\(statuses)")\(articles.isEmpty ? "" : "；\(articles)")")
                }
            }
        }
    }

    static func line<Key>(_ key: String, _ summary: ViolationSummary<Key>) -> Line {
        Line(key: key, total: summary.total, open: summary.open,
             byStatus: Dictionary(uniqueKeysWithValues: summary.byStatus.map { ($0.key.rawValue, $0.value) }),
             byArticle: Dictionary(uniqueKeysWithValues: summary.byArticle.map { (String($0.key), $0.value) }),
             violationIDs: summary.violationIDs)
    }
}
