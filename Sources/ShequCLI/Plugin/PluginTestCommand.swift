import ArgumentParser
import ShequLua

/// `shequ plugin test DIR`: runs a plugin's own tests, each in a fresh sandbox.
struct PluginTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a plugin's tests (tests/*_test.lua), each test in a fresh sandbox.",
        discussion: "Prints each failure with its file, line and values, then the line 'N passed, N failed'. Exits 1 if any test failed."
    )

    @OptionGroup var plugin: PluginOptions

    @Flag(help: "Also list the tests that passed.")
    var verbose = false

    func run() async throws {
        let loaded = try plugin.load()
        let report = PluginTestRunner(plugin: loaded).run()
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
        if report.cases.isEmpty {
            printError("warning: \(loaded.manifest.id) has no tests (tests/*_test.lua)")
        }
        print("\(report.passedCount) passed, \(report.failedCount) failed")
        if report.failedCount > 0 {
            throw ExitCode(CommandFailure.ruleExitCode)
        }
    }
}
