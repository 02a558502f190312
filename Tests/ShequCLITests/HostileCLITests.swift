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

    /// After a kill no plugin code runs again, and C loops are charged: each attack ends at
    /// its limit (1 s deadline, or the instruction budget) within a few seconds, and the
    /// message names the limit.
    @Test(arguments: [
        "xpcall_handler_loop", "close_after_kill", "coroutine_close_loop", "table_move", "insert_lying_len",
        "sort_long_strings", "upper_loop", "long_needle", "long_string_compare",
    ])
    func stoppedAtItsLimit(hook: String) throws {
        let start = ContinuousClock.now
        let outcome = try attack(hook)
        let elapsed = ContinuousClock.now - start
        #expect(outcome.status == 1, "\(hook): \(outcome.stderr)")
        #expect(outcome.stderr.contains("tests.hostile"), "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains("deadline exceeded") || outcome.stderr.contains("instruction budget exhausted"),
            "\(hook): \(outcome.stderr)")
        // Generous: a 1 s deadline plus process start-up, on a busy machine.
        #expect(elapsed < .seconds(10), "\(hook) took \(elapsed)")
    }

    /// Lua 5.4.4 overflows the C stack on nested coroutine.close; the sandbox's gmatch did
    /// after a "pattern too complex" error. Both are errors now, never a crash.
    @Test(arguments: [("nested_close", "nests too deeply"), ("gmatch_depth", "pattern too complex")])
    func crashIsAnError(hook: String, mentions: String) throws {
        let outcome = try attack(hook, extra: ["--memory", "\(256 << 20)"])
        #expect(outcome.status == 1, "\(hook): \(outcome.stderr)")
        #expect(outcome.stderr.contains(mentions), "\(hook): \(outcome.stderr)")
    }

    @Test func pairsDoesNotLeakTheStringTable() throws {
        let outcome = try attack("pairs_leak")
        #expect(outcome.status == 1, "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stderr.contains("read-only"), "\(outcome.stderr)")
        #expect(!outcome.stdout.contains("pwned"))
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
