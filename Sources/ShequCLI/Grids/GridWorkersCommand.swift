import ArgumentParser

/// `shequ grids workers …`: grid workers (网格员) of grids (Art. 34).
struct GridWorkersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workers",
        abstract: "Assign grid workers to grids; every grid needs at least one (Art. 34).",
        subcommands: [GridWorkersAssignCommand.self])
}
