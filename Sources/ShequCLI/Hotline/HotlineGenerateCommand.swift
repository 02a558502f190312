import ArgumentParser
import ShequCore

/// `shequ hotline generate`: a realistic, invented month of work orders over the workspace's
/// communities (by their households), deterministic by seed, stored like an import.
struct HotlineGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate an invented month of work orders over the workspace's communities (seeded, deterministic) for demonstrations.")

    @Option(help: "The month, YYYY-MM.")
    var month: String

    @Option(help: "The seed; equal seeds give equal months.")
    var seed: UInt64 = 1

    @Option(help: "Requests per thousand households in the month.")
    var perThousand: Double = 15

    @Option(help: "Prefix of department names, e.g. 浉河区.")
    var departmentPrefix: String = ""

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Summary: Encodable {
        var month: String
        var communities: Int
        var requests: Int
        var written: Int
    }

    func run() async throws {
        try await reportingFailures {
            let parts = month.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[1]), parts[0] > 1900 else {
                throw CommandFailure.usage("--month \(month): give the month as YYYY-MM, e.g. 2026-03")
            }
            guard perThousand > 0, perThousand.isFinite else { throw CommandFailure.usage("--per-thousand must be positive") }
            let store = try await storeOptions.open()
            let communities = try await store.householdCounts().filter { $0.value > 0 }
            guard !communities.isEmpty else {
                throw CommandFailure.rule("no community has households: import or generate them first (shequ generate)")
            }
            let requests = HotlineMonthGenerator(seed: seed, requestsPerThousandHouseholds: perThousand, departmentPrefix: departmentPrefix)
                .requests(communities: communities, year: parts[0], month: parts[1])
            var written = 0
            for start in stride(from: 0, to: requests.count, by: 10_000) {
                written += try await store.saveHotlineRequests(Array(requests[start..<min(start + 10_000, requests.count)])).written
            }
            let summary = Summary(month: month, communities: communities.count, requests: requests.count, written: written)
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print("生成 \(month) 工单 \(summary.requests) 件（\(summary.communities) 个社区，新增或更新 \(written) 件；数据为虚构）")
            }
        }
    }
}
