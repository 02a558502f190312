import ArgumentParser
import ShequCore

/// `shequ hotline show`: one work order with its status history and transfers.
struct HotlineShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one work order with its status history (as stored, append-only) and transfers.")

    @Argument(help: "The work-order number (service_request_id).")
    var id: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Shown: Encodable {
        var request: HotlineShown
        var storedHistory: [HotlineStatusChange]
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            guard let request = try await store.hotlineRequest(id: id) else {
                throw CommandFailure.rule("no work order '\(id)': list them with `shequ hotline list`")
            }
            let history = try await store.hotlineStatusHistory(request: id)
            switch output.format {
            case .json: try JSONOutput.print(Shown(request: HotlineShown(request), storedHistory: history))
            case .text:
                let shown = HotlineShown(request)
                print(shown.line)
                print("  地址：\(request.address)")
                print("  诉求：\(request.description)")
                if let caller = shown.request.caller { print("  来电人：\(caller.name) \(caller.phone)") }
                if let expected = request.expectedAt { print("  办理时限：\(Open311ServiceRequest.time(expected))") }
                if let satisfaction = request.satisfaction { print("  回访满意度：\(satisfaction.chineseName)") }
                for change in history {
                    let note = change.note.map { "  \($0)" } ?? ""
                    print("  \(Open311ServiceRequest.time(change.at))  \(change.from.chineseName) → \(change.to.chineseName)  \(change.by)\(note)")
                }
                for transfer in request.transfers {
                    print("  转办 \(transfer.fromUnit ?? "—") → \(transfer.toUnit)：\(transfer.reason)")
                }
            }
        }
    }
}
