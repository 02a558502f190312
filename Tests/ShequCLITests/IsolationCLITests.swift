import Foundation
import Testing

/// `--isolation process` (the default) through the `shequ` process: a worker that crashes
/// or loops where the sandbox cannot see ends the command with exit code 1 and a message,
/// within seconds, and `--isolation in-process` still runs plugins in the command itself.
@Suite("shequ plugin run under process isolation")
struct IsolationCLITests {
    let fixture = ShequProcess.fixtures.appendingPathComponent("hostile-isolation").path
    let faults = ["SHEQU_PLUGIN_WORKER_TEST_FAULTS": "1"]

    func run(_ hook: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> (ShequProcess.Result, Duration) {
        let started = ContinuousClock.now
        let result = try ShequProcess.run(
            ["plugin", "run", fixture, "--hook", hook, "--input", "-", "--deadline-ms", "500"] + extra,
            stdin: "{\"n\": 1}", environment: environment, timeout: 60)
        return (result, ContinuousClock.now - started)
    }

    @Test func crashingWorkerEndsTheCommandWithExitCode1() throws {
        let (outcome, elapsed) = try run("crash", environment: faults)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("crashed with signal 11 (SIGSEGV)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("tests.hostile_isolation"))
        #expect(elapsed < .seconds(10))
    }

    @Test func loopTheSandboxCannotSeeIsKilledAtTheDeadline() throws {
        let (outcome, elapsed) = try run("spin", environment: faults)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("no answer within the call's deadline (500 ms)"), "\(outcome.stderr)")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test func faultsAreUnreachableWithoutTheTestVariable() throws {
        let (outcome, _) = try run("crash")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("__test_crash"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("SIGSEGV"))
    }

    @Test(arguments: ["process", "in-process"])
    func bothModesGiveTheSameOutput(mode: String) throws {
        let (outcome, _) = try run("echo", ["--isolation", mode])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "{\"echoed\":{\"n\":1}}\n")
    }

    @Test func inProcessIsTheOnlyChoiceBesideProcess() throws {
        let (outcome, _) = try run("echo", ["--isolation", "thread"])
        #expect(outcome.status != 0 && outcome.status != 1)
        #expect(outcome.stderr.contains("process|in-process") || outcome.stderr.contains("in-process"), "\(outcome.stderr)")
    }
}
