import ArgumentParser
import Foundation
import ShequCore

/// `shequ volunteers confirm`: an organiser of the project confirms (or rejects) logged hours.
struct VolunteersConfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm logged hours as an organiser of the project (or --reject with a reason); only confirmed hours count.")

    @Argument(help: "The entry's identifier.")
    var entry: String

    @Option(help: "The organiser confirming.")
    var by: String

    @Option(help: "Reject the entry with this reason instead.")
    var reject: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            try await VolunteerRegisterUpdate(store: store).apply { register in
                if let reject {
                    try register.reject(entry, by: by, at: Date(), reason: reject)
                } else {
                    try register.confirm(entry, by: by, at: Date())
                }
            }
            print("\(entry) \(reject == nil ? "已确认" : "已退回")（\(by)）")
        }
    }
}
