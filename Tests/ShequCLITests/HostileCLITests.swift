import Foundation
import Testing

/// Every known sandbox escape and exhaustion, through `shequ plugin run` as a whole
/// process: refused with exit code 1 and a message naming the plugin and hook, never a
/// crash, a hang past the deadline, or unbounded output.
@Suite("shequ plugin run against a hostile plugin")
struct HostileCLITests {
    let hostile = ShequProcess.fixtures.appendingPathComponent("hostile").path

    /// Runs one attack with a short deadline; the process must end on its own well within the timeout.
    func attack(_ hook: String, extra: [String] = []) throws -> ShequProcess.Result {
        try ShequProcess.run(
            ["plugin", "run", hostile, "--hook", hook, "--input", "-", "--deadline-ms", "1000"] + extra,
            stdin: "{}", timeout: 30)
    }

    @Test(arguments: [
        ("loadlib", "package"),
        ("binary_chunk", "binary"),
        ("string_dump", "dump"),
        ("string_metatable", "read-only"),
        ("require_outside", "require"),
        ("io_open", "io"),
        ("os_execute", "os"),
        ("collect", "collectgarbage"),
    ])
    func escapeIsRefused(hook: String, mentions: String) throws {
        let outcome = try attack(hook)
        #expect(outcome.status == 1, "\(hook): \(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("tests.hostile"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(hook), "\(outcome.stderr)")
        #expect(outcome.stderr.localizedCaseInsensitiveContains(mentions), "\(hook): \(outcome.stderr)")
        #expect(!outcome.stderr.contains("uid="), "the attack ran a command")
    }

    @Test(arguments: ["infinite_loop", "pcall_loop", "coroutine_loop", "pattern_bomb"])
    func runawayComputationIsStopped(hook: String) throws {
        let outcome = try attack(hook)
        #expect(outcome.status == 1, "\(hook): \(outcome.stderr)")
        #expect(outcome.stderr.contains("tests.hostile"))
    }

    @Test(arguments: ["huge_string", "memory_table"])
    func memoryExhaustionIsStopped(hook: String) throws {
        let outcome = try attack(hook, extra: ["--memory", "\(32 << 20)"])
        #expect(outcome.status == 1, "\(hook): \(outcome.stderr)")
        #expect(outcome.stderr.localizedCaseInsensitiveContains("memory"), "\(outcome.stderr)")
    }

    @Test func deepRecursionIsAnError() throws {
        let outcome = try attack("deep_recursion")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("attacks.lua"), "the error names the file: \(outcome.stderr)")
    }

    @Test func hugeTableIsRefusedAtTheBoundary() throws {
        let outcome = try attack("huge_table", extra: ["--memory", "\(512 << 20)"])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stdoutBytes == 0)
    }

    @Test func nonUTF8StringIsRefused() throws {
        let outcome = try attack("non_utf8")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.localizedCaseInsensitiveContains("utf-8"), "\(outcome.stderr)")
    }

    /// Lua runs finalizers with hooks off, so no budget could stop a looping `__gc`:
    /// the sandbox refuses `__gc` outright, and the process ends at once.
    @Test func finalizerThatWouldLoopAtCloseIsRefused() throws {
        let outcome = try attack("gc_loop_at_close")
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("__gc"), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func printFloodIsCapped() throws {
        let outcome = try attack("print_flood")
        // Stopped by the deadline or finished: either way the output stays bounded.
        #expect(outcome.stderrBytes < 256 << 10, "\(outcome.stderrBytes) bytes of log")
        #expect(outcome.stdoutBytes < 1024)
    }
}
