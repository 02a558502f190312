import ArgumentParser

/// `shequ hazards …`: hazard inspections (隐患排查, Art. 37): findings, the unit responsible,
/// the deadline to fix, rectification and verification.
struct HazardsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazards",
        abstract: "Hazard inspections: record findings, report them fixed, verify, and list those overdue (Art. 37).",
        subcommands: [HazardsImportCommand.self, HazardsRecordCommand.self, HazardsRectifiedCommand.self, HazardsVerifyCommand.self, HazardsOverdueCommand.self]
    )
}
