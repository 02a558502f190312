import ArgumentParser

/// `shequ staff …`: the careers of community workers (社区工作者职业体系, Art. 39) — positions,
/// pay grades, training, evaluation, promotion and departure. (`shequ workers` lists the
/// workers imported with the population; this group keeps their careers.)
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Community workers' careers: hire, train, evaluate, promote, depart, list (Art. 39).",
        subcommands: [StaffImportCommand.self, StaffHireCommand.self, StaffTrainCommand.self, StaffEvaluateCommand.self, StaffPromoteCommand.self,
                      StaffDepartCommand.self, StaffListCommand.self]
    )
}
