import ArgumentParser
import ShequCore

/// `shequ deliberation show TOPIC`: the whole topic with its counts and audit.
struct DeliberationShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a topic: participants, rule, meetings, counts with quorum and majority, notice, follow-ups and its record.")

    @Argument(help: "The topic's id.") var topic: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Shown: Encodable {
        var topic: DeliberationTopic
        var audit: [DeliberationAuditRecord]
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let record = try await loadTopic(topic, from: store)
            let audit = try await store.auditRecords(topic: topic)
            switch output.format {
            case .json: try JSONOutput.print(Shown(topic: record, audit: audit))
            case .text: DeliberationText.print(record, audit: audit)
            }
        }
    }
}
