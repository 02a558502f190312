import ArgumentParser

/// `shequ volunteers …`: volunteer projects, sign-ups and service hours (志愿服务, Art. 25, 28).
struct VolunteersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteers",
        abstract: "Volunteer projects, sign-ups (new-economy workers too, Art. 28), hours logged and confirmed, totals (Art. 25).",
        subcommands: [VolunteersProjectCommand.self, VolunteersSignupCommand.self, VolunteersLogCommand.self,
                      VolunteersConfirmCommand.self, VolunteersTotalsCommand.self]
    )
}
