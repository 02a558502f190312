import ArgumentParser
import Foundation
import ShequCore

/// `shequ disputes session ID`: records a mediation session at the current level.
struct DisputesSessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Record a mediation session: date, place, mediators present and a summary.")

    @Argument(help: "The dispute's id.") var dispute: String
    @Option(help: "The session's id.") var id: String
    @Option(help: "When (YYYY-MM-DD or YYYY-MM-DDTHH:MM).") var date: String
    @Option(help: "Where.") var place: String
    @Option(name: .customLong("mediator"), help: "An assigned mediator's id; may be repeated.") var mediators: [String] = []
    @Option(help: "What happened.") var summary: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            var record = try await loadDispute(dispute, from: store)
            let held = try ChinaInstant.option(date, "--date")!
            do { try record.record(MediationSession(id: id, date: held, place: place, mediatorIDs: mediators, summary: summary)) } catch {
                throw CommandFailure.rule(error)
            }
            try await saveDispute(record, to: store)
            switch output.format {
            case .json: try JSONOutput.print(record.sessions.last)
            case .text: print("\(dispute)：\(record.history.last?.note ?? "")")
            }
        }
    }
}
