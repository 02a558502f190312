import ArgumentParser
import ShequCore

/// `shequ staff train`: records a training course.
struct StaffTrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train", abstract: "Record a training course with its hours and result.")

    @OptionGroup var step: StaffStepOptions
    @Option(help: "The course.")
    var course: String
    @Option(help: "Hours.")
    var hours: Double
    @Flag(help: "The worker did not pass.")
    var failed = false
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let date = try step.date()
            let store = try await storeOptions.open()
            _ = try await StaffCareerUpdate(store: store, worker: step.worker).apply { career in
                try career.recordTraining(course: course, hours: hours, passed: !failed, at: date)
            }
            print("\(step.worker) 培训「\(course)」\(hours) 学时已记录")
        }
    }
}
