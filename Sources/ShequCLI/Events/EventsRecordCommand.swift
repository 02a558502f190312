import ArgumentParser
import ShequCore

/// `shequ events record …`: records one behaviour event.
struct EventsRecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record one behaviour event (idempotent by its id)."
    )

    @Option(help: "The event's identifier; recording the same id again changes nothing.")
    var id: String

    @Option(help: "What happened, in the plugin's vocabulary (elder_care, banquet, dog_unleashed …).")
    var kind: String

    @Option(help: ArgumentHelp("Who acted: resident:ID or household:ID.", valueName: "SUBJECT"))
    var subject: PointsSubject

    @Option(help: "The resident's household, when the subject is a resident.")
    var household: String?

    @Option(help: "The community (12-digit code or division id) whose convention applies.")
    var community: String

    @Option(name: .customLong("on"), help: "The day it happened (YYYY-MM-DD).")
    var day: CivilDate

    @Option(help: "Who recorded it (grid worker or committee member).")
    var reporter: String

    @Option(help: "Where: a grid or place name.")
    var place: String?

    @Option(help: "Evidence reference (photo id, witness note); repeatable.")
    var evidence: [String] = []

    @Option(help: ArgumentHelp("A fact the rule needs, KEY=VALUE (numbers are read as numbers); repeatable.", valueName: "KEY=VALUE"))
    var fact: [String] = []

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            var facts: [String: PlainValue] = [:]
            for item in fact {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw CommandFailure.usage("--fact '\(item)': write KEY=VALUE, e.g. --fact tables=12")
                }
                facts[parts[0]] = Int(parts[1]).map(PlainValue.integer) ?? Double(parts[1]).map(PlainValue.number) ?? .string(parts[1])
            }
            let event = BehaviourEvent(id: id, kind: kind, subject: subject, household: household,
                                       community: CommunityID(community), occurredOn: day, place: place,
                                       reporter: reporter, evidence: evidence, facts: facts)
            let store = try await storeOptions.open()
            try await KnownCommunities.check([community], in: store) { _ in "--community" }
            let summary: EventRecordSummary
            do { summary = try await store.record([event]) } catch let error as EventStoreError {
                throw CommandFailure.rule(error)
            }
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text: print(summary.written == 1 ? "已记录事件 \(id)" : "事件 \(id) 已记录过，未作改动")
            }
        }
    }
}
