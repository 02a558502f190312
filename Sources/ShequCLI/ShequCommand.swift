import ArgumentParser

/// The `shequ` host command: workspaces, imports, plugins and governance processes.
public struct ShequCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shequ",
        abstract: "Urban and rural community governance (Xinyang regulation, 2024).",
        version: "0.1.0",
        subcommands: [InitCommand.self, ImportCommand.self, GenerateCommand.self, DivisionsCommand.self, HouseholdsCommand.self, ResidentsCommand.self, WorkersCommand.self]
    )

    public init() {}
}

extension ShequCommand {
    /// Parses the process arguments and runs the chosen subcommand; the executable's entry point.
    public static func launch() async {
        let main: () async -> Void = Self.main
        await main()
    }
}
