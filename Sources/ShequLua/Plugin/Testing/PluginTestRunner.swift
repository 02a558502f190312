/// Runs a plugin's tests (`tests/*_test.lua`), each test in a fresh sandbox.
///
/// Test files use a host-provided library: `test(name, fn)` declares a test;
/// `expect.eq(actual, expected)` (deep comparison, reports the differing path),
/// `expect.ne`, `expect.truthy`, `expect.falsy`, `expect.near(a, b, eps)`,
/// `expect.error(fn, pattern?)`; `hook(name, input, ctx)` calls one of the
/// plugin's hooks as the host would.
///
/// ```lua
/// -- tests/points_test.lua
/// test("elders get a bonus", function()
///   expect.eq(hook("score", { age = 72 }), { points = 15, reasons = { "elder" } })
/// end)
/// ```
///
/// ```swift
/// let report = PluginTestRunner(plugin: plugin).run()
/// report.allPassed
/// ```
///
/// A run is bounded by ``PluginTestLimits``: the number of tests, the length of their
/// names, and the wall-clock time of the whole run; a run stopped by a limit says so in
/// ``PluginTestReport/stopped``.
public struct PluginTestRunner: Sendable {
    /// The plugin under test.
    public let plugin: Plugin
    /// The bounds of the run.
    public let limits: PluginTestLimits

    /// Creates a runner.
    public init(plugin: Plugin, limits: PluginTestLimits = PluginTestLimits()) {
        self.plugin = plugin
        self.limits = limits
    }

    /// Runs every test file and returns the report.
    public func run() -> PluginTestReport {
        var run = Run(limits: limits)
        for file in plugin.source.tests where run.stopped == nil {
            self.run(file, in: &run)
        }
        return PluginTestReport(pluginID: plugin.manifest.id, cases: run.cases, stopped: run.stopped)
    }

    // What a run has done so far, and when it must stop.
    private struct Run {
        let limits: PluginTestLimits
        let start = ContinuousClock.now
        var cases: [PluginTestReport.TestCase] = []
        var declared = 0
        var stopped: PluginTestLimitError?

        init(limits: PluginTestLimits) {
            self.limits = limits
        }

        mutating func outOfTime(in file: String) -> Bool {
            guard ContinuousClock.now - start > limits.maxDuration else { return false }
            stopped = PluginTestLimitError(kind: .timeLimit, file: file, limits: limits)
            return true
        }
    }

    private var hooksArgument: LuaValue {
        var table = LuaTable()
        for (name, target) in plugin.manifest.hooks {
            table[name] = [.string(target.module), .string(target.function)]
        }
        return .table(table)
    }

    private struct LoadedFile {
        let sandbox: LuaSandbox
        let list: LuaSandbox.Reference
        let run: LuaSandbox.Reference
        // Why running the file failed, if it did (its tests declared so far stay listed).
        let failure: (any Error)?
    }

    // A fresh sandbox with the library installed and the test file run (its tests declared).
    private func load(_ file: LuaModuleFile, allowance: Int) throws -> LoadedFile {
        let sandbox = try plugin.makeSandbox()
        let arguments: [LuaValue] = [hooksArgument, .integer(Int64(allowance)), .integer(Int64(limits.maxNameBytes))]
        let references = try sandbox.runForReferences(
            PluginTestLibrary.source, chunkName: PluginTestLibrary.chunkName, arguments: arguments, count: 2)
        var failure: (any Error)?
        do {
            _ = try sandbox.run(file.text, chunkName: file.path)
        } catch {
            failure = error
        }
        return LoadedFile(sandbox: sandbox, list: references[0], run: references[1], failure: failure)
    }

    private func run(_ file: LuaModuleFile, in run: inout Run) {
        guard !run.outOfTime(in: file.path) else { return }
        let allowance = max(0, limits.maxTests - run.declared)
        let declared: [(name: String, line: Int?)]
        do {
            let loaded = try load(file, allowance: allowance)
            // The library stops a file at its first test past the allowance: the count tells.
            let listed = try? loaded.sandbox.call(loaded.list, arguments: [], randomSeed: 0, name: "the test list")
            let count = Int(listed?.dropFirst().first?.integerValue ?? 0)
            guard count <= allowance else {
                run.stopped = PluginTestLimitError(kind: .tooManyTests, file: file.path, limits: limits)
                return
            }
            if let failure = loaded.failure { throw failure }
            guard let listed else { throw LuaError(kind: .runtime, message: "the test list could not be read") }
            run.declared += count
            declared = (listed.first?.tableValue?.array ?? []).map { entry in
                let table = entry.tableValue
                let name = PluginText.bounded(table?["name"]?.stringValue ?? "?", maxBytes: limits.maxNameBytes)
                return (name, (table?["line"]?.integerValue).map(Int.init))
            }
        } catch {
            run.cases.append(PluginTestReport.TestCase(
                file: file.path, name: PluginTestReport.loadFailureName, line: nil, failure: failure(error, file: file)))
            return
        }
        for (index, test) in declared.enumerated() {
            guard !run.outOfTime(in: file.path) else { return }
            var testCase = PluginTestReport.TestCase(file: file.path, name: test.name, line: test.line, failure: nil)
            do {
                let loaded = try load(file, allowance: allowance)
                if let failure = loaded.failure { throw failure }
                _ = try loaded.sandbox.call(loaded.run, arguments: [.integer(Int64(index + 1))], randomSeed: 0, name: "test '\(test.name)'")
            } catch {
                testCase.failure = failure(error, file: file)
            }
            run.cases.append(testCase)
        }
    }

    private func failure(_ error: any Error, file: LuaModuleFile) -> PluginTestReport.Failure {
        switch error {
        case let error as LuaError:
            return .init(message: error.kind == .runtime ? error.message : "\(error.message) (\(error.advice))",
                         file: error.file, line: error.line, traceback: error.traceback)
        case let error as PluginError:
            return .init(message: error.message, file: error.file, line: error.line, traceback: error.traceback)
        default:
            return .init(message: PluginText.bounded(String(describing: error), maxBytes: PluginError.maxMessageBytes),
                         file: file.path, line: nil, traceback: nil)
        }
    }
}
