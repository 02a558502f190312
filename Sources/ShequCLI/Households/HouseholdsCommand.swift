import ArgumentParser

/// `shequ households list|show`: look up households.
struct HouseholdsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Look up households: list a community's, show one with its residents.",
        subcommands: [HouseholdsListCommand.self, HouseholdsShowCommand.self])
}
