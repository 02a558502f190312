import ArgumentParser
import ShequCore

/// `shequ hotline transfer`: hands a work order to another unit (转办), which must sign again.
struct HotlineTransferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Hand a work order over to another unit (转办) with the reason; the history records it.")

    @Argument(help: "The work-order number.")
    var id: String

    @Option(help: "The unit taking the order over.")
    var to: String

    @Option(help: "Why it is handed over.")
    var reason: String

    @OptionGroup var time: HotlineTimeOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            try await HotlineUpdate(store: store, id: id, output: output).apply { request in
                try request.transfer(to: to, at: try time.time(), by: time.by, reason: reason)
            }
        }
    }
}
