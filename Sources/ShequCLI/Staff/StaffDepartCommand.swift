import ArgumentParser
import ShequCore

/// `shequ staff depart`: ends a worker's service.
struct StaffDepartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "depart", abstract: "End a worker's service: resignation, dismissal, contractEnded, notReelected.")

    @OptionGroup var step: StaffStepOptions
    @Option(help: "resignation, dismissal, contractEnded or notReelected.")
    var reason: String
    @Option(help: "A note.")
    var note: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            guard let why = CommunityWorkerDepartureReason(rawValue: reason) ?? CommunityWorkerDepartureReason(chineseName: reason) else {
                throw CommandFailure.usage("--reason \(reason): use \(CommunityWorkerDepartureReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let date = try step.date()
            let store = try await storeOptions.open()
            _ = try await StaffCareerUpdate(store: store, worker: step.worker).apply { career in
                try career.depart(reason: why, note: note, at: date)
            }
            print("\(step.worker) 离职：\(why.chineseName)")
        }
    }
}
