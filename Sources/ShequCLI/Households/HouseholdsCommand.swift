import ArgumentParser

/// `shequ households list|show`: look up households.
struct HouseholdsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Look up households: list a community's, show one with its residents.",
        subcommands: [HouseholdsListCommand.self, HouseholdsShowCommand.self])
}

/// `--limit` and `--after` for paged listings.
struct PagingOptions: ParsableArguments {
    @Option(help: "Most items to print.")
    var limit: Int = 50

    @Option(help: "Continue after this token (printed as `next` by the previous page).")
    var after: String?
}
