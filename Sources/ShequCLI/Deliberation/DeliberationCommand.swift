import ArgumentParser

/// `shequ deliberation …`: deliberation and consultation on matters of public interest (议事协商, Art. 33).
struct DeliberationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliberation",
        abstract: "Deliberation and consultation (Art. 33): topics, meetings, votes with quorum and majority, outcome, notice and follow-up.",
        subcommands: [DeliberationTopicCommand.self, DeliberationMeetingCommand.self, DeliberationVoteCommand.self,
                      DeliberationCloseCommand.self, DeliberationFollowUpCommand.self, DeliberationShowCommand.self,
                      DeliberationListCommand.self])
}
