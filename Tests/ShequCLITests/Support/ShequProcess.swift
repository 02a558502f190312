import Foundation

/// Runs the built `shequ` executable as a user would, and captures what it prints.
///
/// The binary sits next to the test bundle in the build products folder, whatever
/// scratch path the build used.
struct ShequProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Int
        var stderrBytes: Int
    }

    static var executable: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the test bundle is `<products>/ShequPackageTests.xctest`, an executable file.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("shequ").path),
              folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("shequ")
    }

    /// The repository root, for fixtures and shipped plugins.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // ShequCLITests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }

    static var fixtures: URL {
        repositoryRoot.appendingPathComponent("Tests/ShequCLITests/Fixtures")
    }

    /// Runs `shequ` with the arguments, feeding `stdin`, and kills it after `timeout` seconds.
    static func run(
        _ arguments: [String],
        stdin: String = "",
        environment: [String: String] = [:],
        currentDirectory: URL? = nil,
        timeout: TimeInterval = 60
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }

        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors

        // Read both pipes concurrently so a chatty process never blocks on a full pipe.
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isError) in [(output, false), (errors, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isError: isError)
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
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            stdoutBytes: out.count,
            stderrBytes: err.count
        )
    }

    struct HangError: Error, CustomStringConvertible {
        var arguments: [String]
        var seconds: TimeInterval
        var description: String { "shequ \(arguments.joined(separator: " ")) still ran after \(seconds) s" }
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()

        func store(_ data: Data, isError: Bool) {
            lock.withLock { if isError { err = data } else { out = data } }
        }

        var values: (Data, Data) { lock.withLock { (out, err) } }
    }
}
