import ArgumentParser
import ShequCore

/// `shequ hotline status`: moves a work order to its next state (签收, 办理, 办结, 回访, …).
struct HotlineStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Move a work order to a new state (accepted, inProgress, completed, visited, closed, returned, invalid); a callback needs --satisfaction.")

    @Argument(help: "The work-order number.")
    var id: String

    @Option(help: "The new state: \(HotlineStatus.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).")
    var to: String

    @Option(help: "The caller's answer at the callback (for --to visited): \(HotlineSatisfaction.allCases.map(\.rawValue).joined(separator: ", ")).")
    var satisfaction: String?

    @Option(help: "A note shown to the caller (Open311 status_notes).")
    var note: String?

    @OptionGroup var time: HotlineTimeOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            guard let next = HotlineStatus(rawValue: to) ?? HotlineStatus(chineseName: to) else {
                throw CommandFailure.usage("--to \(to): not a state; use one of \(HotlineStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let answer = try satisfaction.map { text in
                guard let chosen = HotlineSatisfaction(rawValue: text) ?? HotlineSatisfaction(chineseName: text) else {
                    throw CommandFailure.usage("--satisfaction \(text): use one of \(HotlineSatisfaction.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return chosen
            }
            if next == .visited, answer == nil {
                throw CommandFailure.usage("--to visited records the callback: give the caller's answer with --satisfaction")
            }
            let store = try await storeOptions.open()
            try await HotlineUpdate(store: store, id: id, output: output).apply { request in
                let at = try time.time()
                if let answer, next == .visited {
                    try request.recordCallback(answer, at: at, by: time.by, note: note)
                } else {
                    try request.advance(to: next, at: at, by: time.by, note: note)
                }
            }
        }
    }
}
