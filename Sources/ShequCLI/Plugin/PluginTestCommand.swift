import ArgumentParser
import ShequLua

/// `shequ plugin test DIR`: runs a plugin's own tests, each in a fresh sandbox.
struct PluginTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a plugin's tests (tests/*_test.lua), each test in a fresh sandbox.",
        discussion: "Prints each failure with its file, line and values, then the line 'N passed, N failed'. Exits 1 if any test failed or a limit stopped the run (more than 1000 tests, a name over 200 bytes, more than 5 minutes). Test names and messages are plugin text: cut and with control characters escaped."
    )

    @OptionGroup var plugin: PluginOptions

    @OptionGroup var output: OutputOptions

    @Flag(help: "Also list the tests that passed.")
    var verbose = false

    func run() async throws {
        let loaded = try plugin.load()
        let report = PluginTestRunner(plugin: loaded).run()
        switch output.format {
        case .json: try printJSON(report)
        case .text: printText(report, pluginID: loaded.manifest.id)
        }
        if report.failedCount > 0 || report.stopped != nil {
            throw ExitCode(CommandFailure.ruleExitCode)
        }
    }

    private func printJSON(_ report: PluginTestReport) throws {
        let cases: [LuaValue] = report.cases.map { testCase in
            var fields: [LuaKey: LuaValue] = [
                "file": .string(testCase.file),
                "name": .string(testCase.name),
                "passed": .boolean(testCase.passed),
            ]
            if let line = testCase.line { fields["line"] = .integer(Int64(line)) }
            if let failure = testCase.failure {
                fields["message"] = .string(failure.message)
                if let file = failure.file { fields["failure_file"] = .string(file) }
                if let line = failure.line { fields["failure_line"] = .integer(Int64(line)) }
            }
            return .table(LuaTable(fields: fields))
        }
        var fields: [LuaKey: LuaValue] = [
            "plugin": .string(report.pluginID),
            "passed": .integer(Int64(report.passedCount)),
            "failed": .integer(Int64(report.failedCount)),
            "cases": .table(LuaTable(array: cases)),
        ]
        if let stopped = report.stopped { fields["stopped"] = .string(stopped.description) }
        let summary: LuaValue = .table(LuaTable(fields: fields))
        print(try JSONWriter(style: .pretty).string(summary))
    }

    private func printText(_ report: PluginTestReport, pluginID: String) {
        for testCase in report.cases {
            let place = testCase.line.map { "\(testCase.file):\($0)" } ?? testCase.file
            if let failure = testCase.failure {
                let at = failure.file.map { file in failure.line.map { "\(file):\($0)" } ?? file } ?? place
                print("FAIL \(testCase.name) (\(at))")
                for line in failure.message.split(separator: "\n", omittingEmptySubsequences: false) {
                    print("    \(line)")
                }
            } else if verbose {
                print("ok   \(testCase.name) (\(place))")
            }
        }
        if let stopped = report.stopped {
            printError("error: \(stopped)")
        } else if report.cases.isEmpty {
            printError("warning: \(pluginID) has no tests (tests/*_test.lua)")
        }
        print("\(report.passedCount) passed, \(report.failedCount) failed")
    }
}
