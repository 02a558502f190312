import ArgumentParser
import Foundation
import ShequCore

/// `shequ deliberation meeting TOPIC`: records a meeting with its date, place, attendance and minutes.
struct DeliberationMeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Record a deliberation meeting: date, place, attendees and minutes.")

    @Argument(help: "The topic's id.") var topic: String
    @Option(help: "The meeting's id.") var id: String
    @Option(help: "When it was held (YYYY-MM-DD or YYYY-MM-DDTHH:MM).") var date: String
    @Option(help: "Where.") var place: String
    @Option(name: .customLong("attendee"), help: "A participant present; may be repeated.") var attendees: [String] = []
    @Option(help: "The minutes.") var minutes: String = ""
    @Option(help: "Who records it.") var by: String = "居(村)民委员会"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            var record = try await loadTopic(topic, from: store)
            let held = try ChinaInstant.option(date, "--date")!
            do {
                try record.recordMeeting(DeliberationMeeting(id: id, date: held, place: place, attendeeIDs: attendees, minutes: minutes))
            } catch { throw CommandFailure.rule("topic \(topic): \(error)") }
            try await store.save(record, audit: DeliberationAuditRecord(
                action: "meeting_recorded", actor: by, at: held, note: "在\(place)召开议事会议\(id)，到会\(attendees.count)人"))
            switch output.format {
            case .json: try JSONOutput.print(record.meetings.last)
            case .text: print("已记录会议 \(id)：\(ChinaInstant.text(held))，\(place)，到会\(attendees.count)人")
            }
        }
    }
}
