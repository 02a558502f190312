import Foundation

/// Runs the built `shequ` executable as a user would, in a temporary working
/// directory, and captures what it prints.
struct ShequProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Int
        var stderrBytes: Int
    }

    /// A fresh temporary working directory for this process's workspace files.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // ShequCLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    static let xinyangDivisions = packageRoot.appendingPathComponent("Samples/data/xinyang-divisions.csv").path
    static let fixtures = packageRoot.appendingPathComponent("Tests/ShequCLITests/Fixtures")

    /// The `shequ` binary in the build products folder that holds this test binary,
    /// whatever scratch path the build used.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shequ")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/shequ")
    }()

    /// Starts `shequ arguments` in this process's directory and returns the running process.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Self.process(arguments, environment: environment, currentDirectory: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// Runs `shequ arguments` to completion in this process's directory.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Result {
        try Self.run(arguments, environment: environment, currentDirectory: directory)
    }

    /// Runs `shequ` with the arguments, feeding `stdin`, and kills it after `timeout` seconds.
    static func run(
        _ arguments: [String],
        stdin: String = "",
        environment: [String: String] = [:],
        currentDirectory: URL? = nil,
        timeout: TimeInterval = 120
    ) throws -> Result {
        let process = process(arguments, environment: environment, currentDirectory: currentDirectory)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors

        // Read both pipes concurrently so a chatty process never blocks on a full pipe.
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isError) in [(output, false), (errors, true)] {
            group.enter()
            DispatchQueue.global().async {
                collected.store(pipe.fileHandleForReading.readDataToEndOfFile(), isError: isError)
                group.leave()
            }
        }

        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try? input.fileHandleForWriting.close()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw HangError(arguments: arguments, seconds: timeout)
        }
        process.waitUntilExit()
        group.wait()
        let (out, err) = collected.values
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            stdoutBytes: out.count,
            stderrBytes: err.count
        )
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func summary() throws -> [String: Int] {
        let result = try run("divisions", "summary", "--format", "json")
        return try JSONDecoder().decode([String: Int].self, from: Data(result.stdout.utf8))
    }

    private static func process(_ arguments: [String], environment: [String: String], currentDirectory: URL?) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SHEQU_STORE")
        env.merge(environment) { _, new in new }
        process.environment = env
        return process
    }

    struct HangError: Error, CustomStringConvertible {
        var arguments: [String]
        var seconds: TimeInterval
        var description: String { "shequ \(arguments.joined(separator: " ")) still ran after \(seconds) s" }
    }

    /// Both pipes' contents, stored by the threads that drain them (also used by ``MeasuredProcess``).
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()

        func store(_ data: Data, isError: Bool) {
            lock.withLock { if isError { err = data } else { out = data } }
        }

        var values: (Data, Data) { lock.withLock { (out, err) } }
    }
}
