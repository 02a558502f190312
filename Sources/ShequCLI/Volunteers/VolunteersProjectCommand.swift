import ArgumentParser
import Foundation
import ShequCore

/// `shequ volunteers project`: creates a volunteer project, or moves one to its next state.
struct VolunteersProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Create a volunteer project (with --title) or move it to recruiting, running, finished or cancelled (with --state).")

    @Option(help: "The project's identifier.")
    var id: String

    @Option(help: "The title; creates the project.")
    var title: String?

    @Option(help: "The community (its code or identity).")
    var community: String?

    @Option(help: "The service area: \(VolunteerServiceArea.allCases.map(\.rawValue).joined(separator: ", ")).")
    var area: String?

    @Option(help: "An organiser who confirms hours (repeatable).")
    var organiser: [String] = []

    @Option(help: "When it starts (YYYY-MM-DD).")
    var starts: String?

    @Option(help: "Most volunteers.")
    var capacity: Int?

    @Flag(help: "Invite couriers, delivery riders and other new-economy workers (Art. 28).")
    var inviteNewEconomy = false

    @Option(help: "Move the project to this state: recruiting, running, finished, cancelled.")
    var state: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            var project: VolunteerProject?
            if let title {
                guard let community, let areaText = area, let startsText = starts, !organiser.isEmpty else {
                    throw CommandFailure.usage("a new project needs --community, --area, --organiser and --starts")
                }
                guard let chosen = VolunteerServiceArea(rawValue: areaText) ?? VolunteerServiceArea(chineseName: areaText) else {
                    throw CommandFailure.usage("--area \(areaText): use one of \(VolunteerServiceArea.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let key = try await ServiceCommunities(store: store).requiredKey(of: community)
                project = VolunteerProject(id: id, title: title, communityCode: key, area: chosen, organiserIDs: organiser,
                                           startsAt: try HotlineTimeOptions.parse(startsText, "--starts")!, capacity: capacity,
                                           invitesNewEconomyWorkers: inviteNewEconomy)
            }
            let next = try state.map { text in
                guard let chosen = VolunteerProjectState(rawValue: text) ?? VolunteerProjectState(chineseName: text) else {
                    throw CommandFailure.usage("--state \(text): use one of \(VolunteerProjectState.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return chosen
            }
            guard project != nil || next != nil else { throw CommandFailure.usage("give --title to create the project or --state to move it") }
            try await VolunteerRegisterUpdate(store: store).apply { register in
                if let project { try register.addProject(project) }
                if let next { try register.advanceProject(id, to: next) }
            }
            print("志愿服务项目 \(id)\(project != nil ? " 已创建" : "")\(next.map { "，\($0.chineseName)" } ?? "")")
        }
    }
}
