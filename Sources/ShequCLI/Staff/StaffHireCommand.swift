import ArgumentParser
import ShequCore

/// `shequ staff hire`: starts a worker's service in a position and pay grade.
struct StaffHireCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hire", abstract: "Hire a community worker into a position and pay grade (1–18).")

    @OptionGroup var step: StaffStepOptions
    @Option(help: "The community (its code or identity).")
    var community: String
    @Option(help: "The position: \(CommunityWorkerPosition.allCases.map(\.rawValue).joined(separator: ", ")).")
    var position: String
    @Option(help: "The pay level, 1–18.")
    var level: Int
    @Option(help: "election, openRecruitment or transferIn.")
    var route: String = "openRecruitment"
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let chosen = try StaffCareerUpdate.position(position)
            let grade = try StaffCareerUpdate.grade(level, of: chosen)
            guard let hiring = CommunityWorkerHiringRoute(rawValue: route) else {
                throw CommandFailure.usage("--route \(route): use election, openRecruitment or transferIn")
            }
            let date = try step.date()
            let store = try await storeOptions.open()
            _ = try await StaffCareerUpdate(store: store, worker: step.worker).apply(community: community) { career in
                try career.hire(chosen, grade: grade, route: hiring, at: date)
            }
            print("\(step.worker) 任\(chosen.chineseName)，\(grade)")
        }
    }
}
