import ArgumentParser
import Foundation
import ShequCore

/// `shequ deliberation vote TOPIC`: casts ballots at a meeting, one per eligible participant present.
struct DeliberationVoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Cast ballots at a meeting: --ballot voter:option (voter: alone abstains); all or none are recorded.")

    @Argument(help: "The topic's id.") var topic: String
    @Option(help: "The meeting.") var meeting: String
    @Option(name: .customLong("ballot"), help: "voter:option, or voter: to abstain; may be repeated.") var ballots: [String] = []
    @Option(help: "When the ballots were cast (default the meeting's date).") var at: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            guard !ballots.isEmpty else { throw CommandFailure.usage("give at least one --ballot voter:option") }
            let store = try await storeOptions.open()
            var record = try await loadTopic(topic, from: store)
            guard let held = record.meetings.first(where: { $0.id == meeting }) else {
                throw CommandFailure.rule("topic \(topic): no meeting \(meeting); record the meeting first")
            }
            let castAt = try ChinaInstant.option(at, "--at") ?? held.date
            for text in ballots {
                let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty else { throw CommandFailure.usage("--ballot \(text): expected voter:option or voter:") }
                let ballot = Ballot(voterID: parts[0], meetingID: meeting, optionID: parts[1].isEmpty ? nil : parts[1], castAt: castAt)
                do { try record.cast(ballot) } catch { throw CommandFailure.rule("topic \(topic): \(error); no ballot was recorded") }
            }
            try await store.save(record, audit: DeliberationAuditRecord(
                action: "ballot_cast", actor: "会议\(meeting)", at: castAt, note: "记录表决票\(ballots.count)张"))
            switch output.format {
            case .json: try JSONOutput.print(record.ballots.filter { $0.meetingID == meeting })
            case .text: print("已记录表决票\(ballots.count)张（会议\(meeting)共\(record.ballots.count { $0.meetingID == meeting })张）")
            }
        }
    }
}
