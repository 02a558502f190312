import ArgumentParser
import Foundation
import ShequCore

/// `shequ hazards verify`: someone other than the responsible unit verifies the fix; a pass strikes it off.
struct HazardsVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a fixed finding (not by the responsible unit); --failed sends it back to rectification.")

    @Argument(help: "The finding's identifier.")
    var finding: String
    @Option(help: "Who verifies.")
    var by: String
    @Flag(help: "The fix did not pass.")
    var failed = false
    @Option(help: "A note.")
    var note: String?
    @Option(help: "When; default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let date = try HotlineTimeOptions.parse(at, "--at") ?? Date()
            let store = try await storeOptions.open()
            let updated = try await HazardFindingUpdate(store: store, findingID: finding).apply { item in
                try item.verify(HazardVerification(by: by, at: date, passed: !failed, note: note))
            }
            print("\(finding) \(updated.state.chineseName)")
        }
    }
}
