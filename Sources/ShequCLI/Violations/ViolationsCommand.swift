import ArgumentParser

/// `shequ violations …`: the register of violations (Art. 44, 45, 46) with corrections and reports.
struct ViolationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "violations",
        abstract: "The violations register (Art. 44–46): list, report per unit or period, order and follow corrections.",
        subcommands: [ViolationsListCommand.self, ViolationsReportCommand.self, ViolationsCorrectCommand.self])
}
