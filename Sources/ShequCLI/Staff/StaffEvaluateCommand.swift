import ArgumentParser
import ShequCore

/// `shequ staff evaluate`: records a year's evaluation.
struct StaffEvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate", abstract: "Record a year's evaluation: excellent, competent, basicallyCompetent, incompetent.")

    @OptionGroup var step: StaffStepOptions
    @Option(help: "The year evaluated.")
    var year: Int
    @Option(help: "excellent, competent, basicallyCompetent or incompetent.")
    var grade: String
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            guard let evaluation = CommunityWorkerEvaluationGrade(rawValue: grade) ?? CommunityWorkerEvaluationGrade(chineseName: grade) else {
                throw CommandFailure.usage("--grade \(grade): use excellent, competent, basicallyCompetent or incompetent")
            }
            let date = try step.date()
            let store = try await storeOptions.open()
            let career = try await StaffCareerUpdate(store: store, worker: step.worker).apply { career in
                try career.recordEvaluation(year: year, grade: evaluation, at: date)
            }
            print("\(step.worker) \(year)年度考核：\(evaluation.chineseName)\(career.isDismissalIndicated ? "（连续不称职，应予解聘）" : "")")
        }
    }
}
