import ArgumentParser
import ShequCore

/// `shequ conventions history ID`: every step, oldest first, as audited.
struct ConventionsHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Show every step of a convention's history, oldest first.")

    @Argument(help: "The convention's identifier.")
    var id: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            _ = try await ConventionSteps.load(id, from: store)
            let records = try await store.auditRecords(of: ConventionID(id))
            switch output.format {
            case .json: try JSONOutput.print(records)
            case .text:
                for record in records {
                    print("\(record.on) 第\(record.version.version)版 \(record.from?.chineseName ?? "—") → \(record.to.chineseName)　\(record.actor)：\(record.summary)")
                }
            }
        }
    }
}
