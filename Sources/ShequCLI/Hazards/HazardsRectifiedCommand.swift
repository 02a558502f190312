import ArgumentParser
import Foundation
import ShequCore

/// `shequ hazards rectified`: the responsible unit reports a finding fixed, awaiting verification.
struct HazardsRectifiedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rectified",
        abstract: "Report a finding fixed by the responsible unit; it then awaits verification.")

    @Argument(help: "The finding's identifier.")
    var finding: String
    @Option(help: "What was done.")
    var note: String?
    @Option(help: "When; default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let date = try HotlineTimeOptions.parse(at, "--at") ?? Date()
            let store = try await storeOptions.open()
            let updated = try await HazardFindingUpdate(store: store, findingID: finding).apply { item in
                if item.state == .open { try item.startRectification(at: date) }
                try item.reportRectified(at: date, note: note)
            }
            print("\(finding) \(updated.state.chineseName)")
        }
    }
}
