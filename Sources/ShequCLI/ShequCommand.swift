import ArgumentParser
import Foundation

/// The `shequ` host command: workspaces, imports, plugins and governance processes.
///
/// Exit codes, the same for every subcommand: 0 success; 1 a rule, plugin or data
/// failure (the message on standard error names the plugin, file, line and field);
/// 2 a usage error or unreadable input.
public struct ShequCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shequ",
        abstract: "Urban and rural community governance (Xinyang regulation, 2024).",
        version: "0.1.0",
        subcommands: [PluginCommand.self, InitCommand.self, ImportCommand.self, GenerateCommand.self, DivisionsCommand.self, HouseholdsCommand.self, ResidentsCommand.self, WorkersCommand.self, GridsCommand.self, ConventionsCommand.self, EventsCommand.self, PointsCommand.self, ShopCommand.self, SimulateCommand.self,
                      AffairsCommand.self,
                      ViolationsCommand.self,
                      DeliberationCommand.self,
                      DisputesCommand.self,
                      HotlineCommand.self,
                      FacilitiesCommand.self,
                      VolunteersCommand.self,
                      CareCommand.self,
                      HazardsCommand.self,
                      StaffCommand.self,
                      EmergenciesCommand.self]
    )

    public init() {}
}

extension ShequCommand {
    /// Parses the arguments, runs the chosen subcommand and exits with Shequ's exit codes.
    ///
    /// - Parameter arguments: the arguments without the program name; `nil` reads the
    ///   process's own.
    public static func launch(_ arguments: [String]? = nil) async -> Never {
        let code = await run(arguments)
        Foundation.exit(code)
    }

    /// Parses the arguments and runs the chosen subcommand, printing errors to
    /// standard error; returns the exit code instead of exiting.
    public static func run(_ arguments: [String]?) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            return report(error)
        }
    }

    /// Prints an error the way the user should read it and returns its exit code.
    static func report(_ error: any Error) -> Int32 {
        if let failure = error as? CommandFailure {
            printError("error: \(failure.message)")
            return failure.exitCode
        }
        if let exit = error as? ExitCode {
            return exit.rawValue
        }
        // Help, version, and argument-parser's own usage and validation errors.
        let message = fullMessage(for: error)
        let code = exitCode(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return 0
        }
        if !message.isEmpty { printError(message) }
        return code == .validationFailure ? CommandFailure.usageExitCode : code.rawValue
    }
}
