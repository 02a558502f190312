import ArgumentParser
import Foundation
import ShequCore

/// `shequ violations correct ID`: the government orders a correction (责令纠正, Art. 44, 45),
/// or the correction moves on (corrected, verified, referred for discipline, dismissed).
struct ViolationsCorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Order a correction (--order) or move a violation to its next status (--status); the history keeps who, when and why.")

    @Argument(help: "The violation's id.")
    var id: String

    @Option(help: "The correction ordered (责令纠正的内容).")
    var order: String?

    @Option(help: "Deadline of the correction (YYYY-MM-DD).")
    var deadline: String?

    @Option(help: "The next status: corrected, verified, referred_for_discipline, dismissed.")
    var status: String?

    @Option(help: "Who orders or records the change (the government or office).")
    var by: String

    @Option(help: "Why, or what was done.")
    var note: String = ""

    @Option(help: "When (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time; default now).")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (order == nil) != (status == nil) else { throw ValidationError("give either --order or --status") }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            guard var violation = try await store.violation(id: id) else {
                throw CommandFailure.rule("no violation \(id); see `shequ violations list`")
            }
            let date = try ChinaInstant.option(at, "--at") ?? Date()
            do {
                if let order {
                    try violation.orderCorrection(order, by: by, deadline: try ChinaInstant.option(deadline, "--deadline"), at: date)
                } else if let status {
                    guard let next = ViolationStatus(rawValue: status) else {
                        throw CommandFailure.usage("--status \(status): expected one of \(violation.status.allowedNext.map(\.rawValue).joined(separator: ", "))")
                    }
                    try violation.transition(to: next, by: by, note: note.isEmpty ? next.chineseName : note, at: date)
                }
            } catch let error as ViolationTransitionError {
                throw CommandFailure.rule(error)
            }
            try await store.save(violation)
            switch output.format {
            case .json: try JSONOutput.print(violation)
            case .text:
                print("\(violation.id)：\(violation.status.chineseName)")
                for change in violation.history {
                    print("  \(ChinaInstant.text(change.at))  \(change.to.chineseName)  \(change.by)：\(change.note)")
                }
            }
        }
    }
}
