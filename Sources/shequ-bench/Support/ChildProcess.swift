import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs another program (`shequ`, `sqlite3`) to completion and reports what a benchmark needs:
/// its output, wall-clock seconds and peak resident memory (from `wait4`'s resource usage).
///
/// Linux counts the spawning process's own peak in a child's `ru_maxrss` (`posix_spawn` shares
/// its memory until `exec`), so a benchmark holding a month of events would see that as the
/// child's peak. With `peakMemory`, the child is started by a small process of its own
/// (`shequ-bench measured-child`), which measures it and reports back.
struct ChildProcess {
    /// What a finished child did.
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// Peak resident set size of the child, in bytes (`ru_maxrss`).
        var peakResidentBytes: Int
        var output: Data
        var errors: String
    }

    /// Thrown when a child cannot be started or exits with a non-zero status.
    struct Failure: Error, CustomStringConvertible {
        var command: String
        var message: String
        var description: String { "\(command): \(message)" }
    }

    /// Runs `executable` (a path, or a name looked up in `PATH`) with `arguments`, with
    /// `input` (a file) as standard input; throws unless it exits 0 (or `allowFailure`).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil,
                    environment: [String: String] = [:], allowFailure: Bool = false, peakMemory: Bool = false) throws -> Outcome {
        let command = ([executable] + arguments).joined(separator: " ")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-bench-\(getpid())-\(UUID().uuidString)")
        let outPath = scratch.path + ".out", errPath = scratch.path + ".err", reportPath = scratch.path + ".measured"
        defer { unlink(outPath); unlink(errPath); unlink(reportPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        let spawnedCommand = peakMemory ? [selfPath, "measured-child", reportPath, executable] + arguments : [executable] + arguments
        let argv = spawnedCommand.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

        var measured = try spawnAndWait(spawnedCommand[0], argv: argv, envp: envp, actions: &actions, command: command)
        if peakMemory {
            // The measuring process reports the child's exit status, seconds and peak; its own exit status is the child's.
            let report = (try? String(contentsOfFile: reportPath, encoding: .utf8))?.split(separator: " ").compactMap { Double($0) } ?? []
            guard report.count == 3 else { throw Failure(command: command, message: "the measuring process reported nothing") }
            measured = (Int32(report[0]), report[1], Int(report[2]))
        }
        let outcome = Outcome(status: measured.status, seconds: measured.seconds, peakResidentBytes: measured.peakResidentBytes,
                              output: FileManager.default.contents(atPath: outPath) ?? Data(),
                              errors: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
        let exit = outcome.status
        if exit != 0 && !allowFailure {
            throw Failure(command: command, message: "exit \(exit): \(outcome.errors.suffix(2000))")
        }
        return outcome
    }

    /// This benchmark's own executable, which `measured-child` runs as.
    static let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]

    /// Spawns `argv` and waits for it: its exit status (128 + the signal when killed), wall
    /// seconds and `ru_maxrss` in bytes.
    static func spawnAndWait(_ executable: String, argv: [UnsafeMutablePointer<CChar>?], envp: [UnsafeMutablePointer<CChar>?],
                             actions: UnsafePointer<posix_spawn_file_actions_t>?,
                             command: String) throws -> (status: Int32, seconds: Double, peakResidentBytes: Int) {
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, executable, actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(command: command, message: "cannot start: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(command: command, message: "wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exit, seconds, Int(usage.ru_maxrss) * 1024)
    }

    /// The text a child printed on standard output.
    static func text(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        String(decoding: try run(executable, arguments, input: input).output, as: UTF8.self)
    }
}
