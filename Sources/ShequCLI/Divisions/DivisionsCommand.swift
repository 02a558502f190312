import ArgumentParser

/// `shequ divisions summary|tree|show`: look at the division hierarchy (Art. 2, 5–7).
struct DivisionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "divisions",
        abstract: "Look up the division hierarchy: summary, tree, show.",
        subcommands: [DivisionsSummaryCommand.self, DivisionsTreeCommand.self, DivisionsShowCommand.self])
}
