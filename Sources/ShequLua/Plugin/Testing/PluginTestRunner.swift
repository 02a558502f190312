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
public struct PluginTestRunner: Sendable {
    /// The plugin under test.
    public let plugin: Plugin

    /// Creates a runner.
    public init(plugin: Plugin) {
        self.plugin = plugin
    }

    /// Runs every test file and returns the report.
    public func run() -> PluginTestReport {
        var cases: [PluginTestReport.TestCase] = []
        for file in plugin.source.tests {
            cases.append(contentsOf: run(file))
        }
        return PluginTestReport(pluginID: plugin.manifest.id, cases: cases)
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
    }

    // A fresh sandbox with the library installed and the test file run (its tests declared).
    private func load(_ file: LuaModuleFile) throws -> LoadedFile {
        let sandbox = try plugin.makeSandbox()
        let references = try sandbox.runForReferences(
            PluginTestLibrary.source, chunkName: PluginTestLibrary.chunkName, arguments: [hooksArgument], count: 2)
        _ = try sandbox.run(file.text, chunkName: file.path)
        return LoadedFile(sandbox: sandbox, list: references[0], run: references[1])
    }

    private func run(_ file: LuaModuleFile) -> [PluginTestReport.TestCase] {
        let declared: [(name: String, line: Int?)]
        do {
            let loaded = try load(file)
            let listed = try loaded.sandbox.call(loaded.list, arguments: [], randomSeed: 0, name: "test list")
            declared = (listed.first?.tableValue?.array ?? []).map { entry in
                let table = entry.tableValue
                return (table?["name"]?.stringValue ?? "?", (table?["line"]?.integerValue).map(Int.init))
            }
        } catch {
            return [PluginTestReport.TestCase(
                file: file.path, name: PluginTestReport.loadFailureName, line: nil, failure: failure(error, file: file))]
        }
        return declared.enumerated().map { index, test in
            var testCase = PluginTestReport.TestCase(file: file.path, name: test.name, line: test.line, failure: nil)
            do {
                let loaded = try load(file)
                _ = try loaded.sandbox.call(loaded.run, arguments: [.integer(Int64(index + 1))], randomSeed: 0, name: "test '\(test.name)'")
            } catch {
                testCase.failure = failure(error, file: file)
            }
            return testCase
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
            return .init(message: String(describing: error), file: file.path, line: nil, traceback: nil)
        }
    }
}
