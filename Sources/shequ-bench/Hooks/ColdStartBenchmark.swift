import ArgumentParser
import Foundation

/// `shequ-bench cold-start`: one whole `shequ plugin run` process evaluating one event.
struct ColdStartBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cold-start",
        abstract: "Measures a whole `shequ plugin run` process of the sample plugin on one event (target: under 50 ms).",
        discussion: "Spawns the `shequ` binary built next to this one (build it first: swift build -c release), with its default process isolation (which starts shequ-plugin-worker, next to shequ) and with --isolation in-process."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "The plugin folder.")
    var plugin = "Plugins/guangshan-points"

    @Option(help: "The shequ binary (default: the one next to shequ-bench).")
    var shequ: String?

    func validate() throws {
        guard options.runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() async throws {
        let binary = shequ ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("shequ").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("\(binary) is not an executable: build it with swift build -c release --product shequ, or pass --shequ")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-bench-cold-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("event.json")
        try Data(#"{"id":"ev-1","kind":"banquet","subject":{"type":"household","id":"H1-1"},"household":"H1-1","community":"411522100/第1村委会","occurred_at":"2025-04-03","reporter":"网格员","evidence":[],"facts":{"ceremony":"wedding","tables":14}}"#.utf8).write(to: input)
        let arguments = ["plugin", "run", plugin, "--hook", "measures", "--input", input.path]

        var output = ""
        var inProcessOutput = ""
        // Interleaved, so both see the same machine load.
        var processSeconds: [Double] = []
        var inProcessSeconds: [Double] = []
        let runs = max(options.runs, 20), warmup = max(options.warmup, 2)
        for round in 0..<(warmup + runs) {
            let isolated = try Measurement.take(runs: 1, warmup: 0) { output = try Self.spawn(binary, arguments) }
            let local = try Measurement.take(runs: 1, warmup: 0) {
                inProcessOutput = try Self.spawn(binary, arguments + ["--isolation", "in-process"])
            }
            guard round >= warmup else { continue }
            processSeconds += isolated.seconds
            inProcessSeconds += local.seconds
        }
        let measurement = Measurement(seconds: processSeconds)
        let processFigure = BenchFigure(name: "whole process (default: process isolation)", measurement: measurement)
        let inProcessFigure = BenchFigure(name: "whole process, --isolation in-process", measurement: Measurement(seconds: inProcessSeconds))
        var report = BenchReport(title: "Cold start: shequ plugin run \(plugin) --hook measures, one event",
                                 figures: [processFigure, inProcessFigure])
        report.notes = [
            "target: under 50 ms median (\(BenchReport.duration(measurement.median)) measured, \(measurement.median < 0.05 ? "met" : "NOT met"))",
            "check: \(output == inProcessOutput ? "equal" : "DIFFERENT") output in both isolation modes",
            "p90 \(BenchReport.duration(Measurement.percentile(0.9, of: measurement.seconds))), min \(BenchReport.duration(measurement.minimum))",
            "output: \(output.split(separator: "\n").first.map(String.init)?.prefix(120) ?? "")",
        ]
        try report.print(json: options.json)
    }

    /// Runs the process to the end and returns its standard output; throws when it fails.
    static func spawn(_ binary: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(binary) \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
