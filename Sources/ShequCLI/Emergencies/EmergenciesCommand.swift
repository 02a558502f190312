import ArgumentParser

/// `shequ emergencies …`: incidents from 110, 119, 120 and 12345 with the units dispatched,
/// the timeline of their handling and the community's part (Art. 37).
struct EmergenciesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emergencies",
        abstract: "Emergency incidents: record, update (dispatch, arrival, status, handling), timeline, list; drills (Art. 37).",
        subcommands: [EmergenciesImportCommand.self, EmergenciesRecordCommand.self, EmergenciesUpdateCommand.self, EmergenciesTimelineCommand.self, EmergenciesListCommand.self, EmergenciesDrillCommand.self, EmergenciesDrillsCommand.self]
    )
}
