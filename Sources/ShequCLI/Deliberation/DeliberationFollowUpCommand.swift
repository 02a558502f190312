import ArgumentParser
import Foundation
import ShequCore

/// `shequ deliberation follow-up TOPIC ACTION --status S`: moves a follow-up action on (落实情况).
struct DeliberationFollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "Update a follow-up action of an adopted outcome: in_progress, done or cancelled.")

    @Argument(help: "The topic's id.") var topic: String
    @Argument(help: "The follow-up action's id.") var action: String
    @Option(help: "in_progress, done or cancelled.") var status: String
    @Option(help: "What was done.") var note: String = ""
    @Option(help: "When (default now).") var at: String?
    @Option(help: "Who records it.") var by: String = "居(村)民委员会"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let next = try choice(status, "--status", as: FollowUpAction.Status.self)
            let store = try await storeOptions.open()
            var record = try await loadTopic(topic, from: store)
            let date = try ChinaInstant.option(at, "--at") ?? Date()
            do { try record.updateFollowUp(action, to: next, at: date, note: note) } catch { throw CommandFailure.rule("topic \(topic): \(error)") }
            try await store.save(record, audit: DeliberationAuditRecord(action: "follow_up_updated", actor: by, at: date, note: "后续事项\(action)：\(next.rawValue) \(note)"))
            switch output.format {
            case .json: try JSONOutput.print(record.followUps.first { $0.id == action })
            case .text: print("后续事项\(action)：\(next.rawValue)")
            }
        }
    }
}
