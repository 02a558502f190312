import ArgumentParser

/// `shequ facilities …`: community service facilities and the area standard (Art. 11–12, 29, 41).
struct FacilitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilities",
        abstract: "Community service facilities: import, list, record remedies, and check the area standard (Art. 11–12, 29, 41).",
        subcommands: [FacilitiesImportCommand.self, FacilitiesListCommand.self, FacilitiesRemedyCommand.self, FacilitiesComplianceCommand.self]
    )
}
