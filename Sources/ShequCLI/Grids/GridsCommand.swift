import ArgumentParser

/// `shequ grids …`: grid divisions of communities, grid workers and grid tasks (Art. 34, 44).
struct GridsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grids",
        abstract: "Divide communities into grids, preview and apply divisions, assign grid workers and grid tasks (Art. 34, 44).",
        subcommands: [GridsDivideCommand.self, GridsPreviewCommand.self, GridsApplyCommand.self, GridsShowCommand.self,
                      GridsHistoryCommand.self, GridsExportCommand.self, GridWorkersCommand.self, GridTasksCommand.self]
    )
}
