import Foundation

/// Runs the built `shequ` executable in a temporary working directory.
struct ShequProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let xinyangDivisions = packageRoot.appendingPathComponent("Samples/data/xinyang-divisions.csv").path

    /// The `shequ` binary in the build products directory beside the test bundle.
    static let executable: URL = {
        var candidates = [
            Bundle.main.bundleURL.appendingPathComponent("shequ"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("shequ"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("shequ"),
        ]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("shequ"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/shequ"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Starts `shequ arguments` and returns the running process.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SHEQU_STORE")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// Runs `shequ arguments` to completion.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Result {
        let (process, out, err) = try start(arguments, environment: environment)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
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
}
