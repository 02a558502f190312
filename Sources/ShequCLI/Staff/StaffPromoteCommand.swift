import ArgumentParser
import ShequCore

/// `shequ staff promote`: moves a worker to a higher pay grade, possibly a new position.
struct StaffPromoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "promote", abstract: "Promote a worker to a higher pay grade (and position), with the reason.")

    @OptionGroup var step: StaffStepOptions
    @Option(help: "The new position.")
    var position: String
    @Option(help: "The new pay level, 1–18.")
    var level: Int
    @Option(help: "Why.")
    var reason: String
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let chosen = try StaffCareerUpdate.position(position)
            let grade = try StaffCareerUpdate.grade(level, of: chosen)
            let date = try step.date()
            let store = try await storeOptions.open()
            _ = try await StaffCareerUpdate(store: store, worker: step.worker).apply { career in
                try career.promote(to: chosen, grade: grade, reason: reason, at: date)
            }
            print("\(step.worker) 晋升为\(chosen.chineseName)，\(grade)")
        }
    }
}
