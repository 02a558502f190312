import ArgumentParser
import ShequCore

/// `shequ staff list`: each worker's current position, grade and latest evaluation.
struct StaffListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List community workers with position, pay grade, latest evaluation and this year's training hours.")

    @Option(help: "Only this community (its code or identity).")
    var community: String?
    @Option(help: "The year of the training hours shown.")
    var year: Int?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Line: Encodable {
        var worker: String
        var community: String
        var serving: Bool
        var position: CommunityWorkerPosition?
        var grade: CommunityWorkerPayGrade?
        var latestEvaluation: CommunityWorkerEvaluationGrade?
        var trainingHours: Double?
        var dismissalIndicated: Bool
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).filterKey(community)
            let lines = try await store.communityWorkerCareers(community: key).map { career in
                Line(worker: career.workerID, community: career.communityCode, serving: career.isServing,
                     position: career.currentPosition, grade: career.currentGrade, latestEvaluation: career.evaluations.last?.grade,
                     trainingHours: year.map { career.trainingHours(in: $0) }, dismissalIndicated: career.isDismissalIndicated)
            }
            switch output.format {
            case .json: try JSONOutput.print(lines)
            case .text:
                for line in lines {
                    let state = line.serving ? "\(line.position?.chineseName ?? "")  \(line.grade?.description ?? "")" : "已离职"
                    let evaluation = line.latestEvaluation.map { "  最近考核：\($0.chineseName)" } ?? ""
                    let hours = line.trainingHours.map { "  \(year ?? 0)年培训 \($0) 学时" } ?? ""
                    print("\(line.worker)  \(line.community)  \(state)\(evaluation)\(hours)\(line.dismissalIndicated ? "  应予解聘" : "")")
                }
                if lines.isEmpty { print("（无社区工作者档案）") }
            }
        }
    }
}
