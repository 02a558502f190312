import ArgumentParser
import ShequCore

/// `shequ hotline list`: work orders in a period, oldest first, the caller masked.
struct HotlineListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List work orders by time, community, grid or category; callers are masked.")

    @OptionGroup var period: HotlinePeriodOptions

    @Option(help: "Most orders to print.")
    var limit: Int = 50

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let requests = try await store.hotlineRequests(period.filter(limit: limit)).map(HotlineShown.init)
            switch output.format {
            case .json: try JSONOutput.print(requests)
            case .text:
                for request in requests { print(request.line) }
                if requests.isEmpty { print("（无工单）") }
            }
        }
    }
}
