import ArgumentParser
import ShequCore

/// `shequ residents list|show`: look up residents; ID numbers and phones masked unless asked.
struct ResidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "residents",
        abstract: "Look up residents (ID numbers and phones masked, care categories hidden, unless asked).",
        subcommands: [ResidentsListCommand.self, ResidentsShowCommand.self])
}
