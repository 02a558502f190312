import ArgumentParser
import Foundation
import ShequCore

/// `shequ volunteers signup`: signs a volunteer up for a project, registering a new one with `--name`.
struct VolunteersSignupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signup",
        abstract: "Sign a volunteer up for a recruiting project; --name registers a new volunteer, --occupation a new-economy worker (Art. 28).")

    @Option(help: "The project.")
    var project: String

    @Option(help: "The volunteer's identifier.")
    var volunteer: String

    @Option(help: "The name of a volunteer not registered yet.")
    var name: String?

    @Option(help: "The new-economy job of a new volunteer: \(NewEconomyOccupation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var occupation: String?

    @Option(help: "When (YYYY-MM-DD or 2026-03-01 09:30); default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let job = try occupation.map { text in
                guard let chosen = NewEconomyOccupation(rawValue: text) ?? NewEconomyOccupation(chineseName: text) else {
                    throw CommandFailure.usage("--occupation \(text): use one of \(NewEconomyOccupation.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return chosen
            }
            let date = try HotlineTimeOptions.parse(at, "--at") ?? Date()
            let store = try await storeOptions.open()
            try await VolunteerRegisterUpdate(store: store).apply { register in
                if let name, register.volunteers[volunteer] == nil {
                    try register.addVolunteer(Volunteer(id: volunteer, name: name, occupation: job))
                }
                try register.signUp(volunteerID: volunteer, projectID: project, at: date)
            }
            print("\(volunteer) 已报名 \(project)")
        }
    }
}
