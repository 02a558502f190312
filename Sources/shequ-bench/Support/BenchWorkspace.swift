import ArgumentParser
import Foundation

/// Where a benchmark finds the `shequ` binary, the package's samples and plugins, and the
/// working directory its generated inputs are kept in between invocations.
struct BenchWorkspace: ParsableArguments {
    @Option(help: ArgumentHelp("Directory for generated inputs and workspaces (kept, so a second invocation reuses the inputs).", valueName: "DIR"))
    var workdir = "/tmp/shequ-bench"

    @Option(help: ArgumentHelp("The shequ binary (default: the one built beside shequ-bench).", valueName: "PATH"))
    var shequ: String?

    /// The package root: samples, plugins and scripts are read from the source tree.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `shequ` binary to spawn.
    var shequPath: String {
        if let shequ { return shequ }
        let bench = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        return bench.deletingLastPathComponent().appendingPathComponent("shequ").path
    }

    /// `workdir/name`, created.
    func directory(_ name: String) throws -> String {
        let path = (workdir as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `shequ` on the workspace file `store`.
    @discardableResult
    func shequ(_ arguments: [String], store: String, input: String? = nil, peakMemory: Bool = false) throws -> ChildProcess.Outcome {
        try ChildProcess.run(shequPath, arguments, input: input, environment: ["SHEQU_STORE": store], peakMemory: peakMemory)
    }

    /// Copies a prepared workspace file to `destination` (removing what was there, WAL files included).
    static func copyWorkspace(_ source: String, to destination: String) throws {
        removeDatabase(destination)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: destination + suffix)
        }
    }

    /// Removes a SQLite file and its WAL files.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A one-row query through the `sqlite3` tool, its columns split on `|`.
    static func query(_ database: String, _ sql: String) throws -> [String] {
        try ChildProcess.text("sqlite3", [database, sql]).trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }
}
