import ArgumentParser

/// `shequ events`: behaviour events recorded by grid workers or the committee (Art. 30).
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Record behaviour events, one by one or from a file.",
        subcommands: [EventsImportCommand.self, EventsRecordCommand.self, EventsGenerateCommand.self]
    )
}
