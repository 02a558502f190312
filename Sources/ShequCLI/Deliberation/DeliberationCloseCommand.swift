import ArgumentParser
import Foundation
import ShequCore

/// `shequ deliberation close TOPIC --meeting M`: counts the votes of a meeting (quorum and
/// majority shown step by step), and with an adopted outcome publishes the notice and
/// records follow-up actions.
struct DeliberationCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Count a meeting's votes with the topic's quorum and majority; publish the outcome and record follow-ups.",
        discussion: "Exits 0 when an option is adopted, 1 when the count decides nothing (no quorum, no majority, tie); the count is recorded either way.")

    @Argument(help: "The topic's id.") var topic: String
    @Option(help: "The meeting whose votes are counted.") var meeting: String
    @Option(help: "The public notice text (公示内容); default the outcome's text.") var notice: String?
    @Option(name: .customLong("channel"), help: "Where the notice is posted; may be repeated.") var channels: [String] = []
    @Option(help: "Last day of the notice (YYYY-MM-DD).") var noticeUntil: String?
    @Option(name: .customLong("follow-up"), help: "id:description:responsible[:due YYYY-MM-DD]; may be repeated.") var followUps: [String] = []
    @Option(help: "When (default now).") var at: String?
    @Option(help: "Who counts and publishes.") var by: String = "居(村)民委员会"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            var record = try await loadTopic(topic, from: store)
            let date = try ChinaInstant.option(at, "--at") ?? Date()
            let outcome: DeliberationOutcome
            do { outcome = try record.decide(meetingID: meeting) } catch { throw CommandFailure.rule("topic \(topic): \(error)") }
            var notes = ["会议\(meeting)计票：\(outcome.computation.last ?? "")"]
            if outcome.result == .adopted {
                if !channels.isEmpty {
                    let until = try ChinaInstant.option(noticeUntil, "--notice-until") ?? date.addingTimeInterval(7 * 86_400)
                    let text = notice ?? "议题「\(record.title)」经议事会议表决，通过「\(record.adoptedOption?.title ?? "")」。"
                    do { try record.publish(PublicNotice(publishedAt: date, until: until, channels: channels, text: text)) } catch {
                        throw CommandFailure.rule("topic \(topic): \(error)")
                    }
                    notes.append("公示于\(channels.joined(separator: "、"))")
                }
                for text in followUps {
                    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                    guard parts.count >= 3 else { throw CommandFailure.usage("--follow-up \(text): expected id:description:responsible[:due]") }
                    let due = parts.count > 3 ? try ChinaInstant.option(parts[3], "--follow-up due date") : nil
                    do { try record.addFollowUp(FollowUpAction(id: parts[0], description: parts[1], responsible: parts[2], dueDate: due, createdAt: date)) } catch {
                        throw CommandFailure.rule("topic \(topic): \(error)")
                    }
                    notes.append("后续事项\(parts[0])：\(parts[1])（\(parts[2])）")
                }
            }
            try await store.save(record, audit: DeliberationAuditRecord(action: "votes_counted", actor: by, at: date, note: notes.joined(separator: "；")))
            switch output.format {
            case .json: try JSONOutput.print(outcome)
            case .text:
                print("议题：\(record.id) \(record.title)")
                for line in outcome.computation { print("  \(line)") }
                print("结果：\(DeliberationText.resultName(outcome.result))")
                for line in notes.dropFirst() { print("  \(line)") }
            }
            if outcome.result != .adopted { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }
}
