import ArgumentParser
import Foundation
import ShequCore
import ShequImport

/// `shequ volunteers log`: hours logged by volunteers, one entry or a whole file; they stay
/// pending until an organiser confirms them.
struct VolunteersLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log service hours: one entry (--id --volunteer --project --served-at --minutes --activity) or a file (--file); all or nothing.")

    @Option(help: "A CSV or JSON Lines file of entries (id,volunteer,project,served_at,minutes,activity,logged_at).")
    var file: String?

    @Option(help: "The entry's identifier.")
    var id: String?
    @Option(help: "The volunteer.")
    var volunteer: String?
    @Option(help: "The project.")
    var project: String?
    @Option(help: "When the service was given (YYYY-MM-DD or 2026-03-01 09:30).")
    var servedAt: String?
    @Option(help: "Minutes served.")
    var minutes: Int?
    @Option(help: "What was done.")
    var activity: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            var numbered: [(line: Int, record: ServiceHourEntry)] = []
            let source = file ?? "command line"
            if let file {
                numbered = try ServiceRecordFile<ServiceHourRecordFormat>.read(path: file, id: \.id).map { ($0.line, $0.record) }
            } else {
                guard let id, let volunteer, let project, let servedAt, let minutes, let activity else {
                    throw CommandFailure.usage("give --file, or --id, --volunteer, --project, --served-at, --minutes and --activity")
                }
                let served = try HotlineTimeOptions.parse(servedAt, "--served-at")!
                numbered = [(0, ServiceHourEntry(id: id, volunteerID: volunteer, projectID: project, servedAt: served,
                                                 minutes: minutes, activity: activity, loggedAt: max(served, Date())))]
            }
            let store = try await storeOptions.open()
            var register = try await store.volunteerRegister()
            for (line, entry) in numbered {
                do throws(VolunteerError) { try register.logHours(entry) } catch {
                    if file != nil {
                        throw ImportError(file: source, line: line, column: nil, field: Self.field(of: error), message: error.description)
                    }
                    throw CommandFailure.rule(error)
                }
            }
            try await store.save(register)
            print("登记服务时长 \(numbered.count) 条，待组织者确认")
        }
    }

    /// The file column a register refusal concerns.
    static func field(of error: VolunteerError) -> String {
        switch error {
        case .unknownVolunteer, .notSignedUp: "volunteer"
        case .unknownProject: "project"
        case .invalidMinutes: "minutes"
        case .serviceDateOutOfRange: "served_at"
        case .duplicateID: "id"
        default: "id"
        }
    }
}
