import ArgumentParser
import Foundation
import ShequCore

/// `shequ disputes list`: disputes with their level and state.
struct DisputesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List disputes, optionally of one community or open ones only.")

    @Option(help: "Only disputes of this community.") var community: String?
    @Flag(help: "Only disputes not yet closed.") var open = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let disputes = try await store.disputes(community: community, openOnly: open)
            switch output.format {
            case .json: try JSONOutput.print(disputes)
            case .text:
                if disputes.isEmpty { print("没有纠纷记录。") }
                for dispute in disputes {
                    let state = dispute.outcome.map { $0.kind.chineseName } ?? "办理中"
                    print("\(dispute.id)  \(dispute.category.chineseName)  \(dispute.currentHolding.holder.unit)（\(dispute.currentLevel.chineseName)）  \(state)  \(ChinaInstant.text(dispute.receivedAt))受理")
                }
            }
        }
    }
}
