import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `shequ-bench measured-child REPORT COMMAND…`: runs COMMAND with this process's standard
/// streams and environment, and writes its exit status, wall seconds and peak resident bytes
/// to REPORT. A fresh small process, so the child's `ru_maxrss` counts the child alone
/// (``ChildProcess``).
struct MeasuredChildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measured-child",
        abstract: "Run a command and report its exit status, seconds and peak memory (used by the other benchmarks).",
        shouldDisplay: false
    )

    @Argument(help: "Where to write `status seconds peak-bytes`.")
    var report: String

    @Argument(parsing: .captureForPassthrough, help: "The command and its arguments.")
    var command: [String]

    func run() throws {
        guard let executable = command.first else { throw ValidationError("no command to run") }
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let measured = try ChildProcess.spawnAndWait(executable, argv: argv, envp: Array(UnsafeBufferPointer(start: environ, count: Self.environmentCount)) + [nil],
                                                     actions: nil, command: command.joined(separator: " "))
        try "\(measured.status) \(measured.seconds) \(measured.peakResidentBytes)".write(toFile: report, atomically: true, encoding: .utf8)
        throw ExitCode(measured.status)
    }

    private static var environmentCount: Int {
        var count = 0
        while environ[count] != nil { count += 1 }
        return count
    }
}
