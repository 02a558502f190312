import ArgumentParser

/// `shequ grids tasks …`: the admission list for grid tasks (准入清单, Art. 34) and the
/// check of every task given to grid staff (Art. 44).
struct GridTasksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "The admission list of grid tasks (Art. 34): versions, approvals, assignments and violations (Art. 44).",
        subcommands: [GridTasksListCommand.self, GridTasksAdjustCommand.self, GridTasksApproveCommand.self,
                      GridTasksAssignCommand.self, GridTasksViolationsCommand.self, GridTasksCorrectCommand.self])
}
