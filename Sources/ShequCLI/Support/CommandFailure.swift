/// An error a command reports to the user, with the exit code it maps to.
///
/// Library errors are wrapped into a `CommandFailure` at the command's edge, so each
/// one is printed once, with its own explanation, and mapped to Shequ's exit codes:
/// ``ruleExitCode`` (1) for a rule, plugin or data failure, ``usageExitCode`` (2) for a
/// usage error or input that cannot be read.
struct CommandFailure: Error, CustomStringConvertible {
    /// A rule, plugin or data failure.
    static let ruleExitCode: Int32 = 1
    /// A usage error or unreadable input.
    static let usageExitCode: Int32 = 2

    var message: String
    var exitCode: Int32

    var description: String { message }

    /// A rule, plugin or data failure: exit code 1.
    static func rule(_ error: any Error) -> CommandFailure {
        CommandFailure(message: String(describing: error), exitCode: ruleExitCode)
    }

    /// A rule, plugin or data failure described by a message: exit code 1.
    static func rule(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: ruleExitCode)
    }

    /// A usage error or unreadable input: exit code 2.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: usageExitCode)
    }
}
