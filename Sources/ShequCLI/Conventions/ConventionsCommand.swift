import ArgumentParser

/// `shequ conventions`: autonomy charters, residents' conventions and village rules (Art. 30).
struct ConventionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conventions",
        abstract: "Draft, review, adopt and file conventions (自治章程、居民公约、村规民约); show them and their history.",
        discussion: "A version moves drafted -> (opinions) -> reviewed -> adopted -> filed; every step is kept in the history and nothing is rewritten. Amendments make a new version.",
        subcommands: [ConventionsCreateCommand.self, ConventionsAmendCommand.self, ConventionsOpinionsCommand.self,
                      ConventionsReviewCommand.self, ConventionsAdoptCommand.self, ConventionsFileCommand.self,
                      ConventionsShowCommand.self, ConventionsHistoryCommand.self]
    )
}
