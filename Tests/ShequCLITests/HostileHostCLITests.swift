import Foundation
import Testing

/// Attacks on the host's own memory and output through `shequ plugin run|check|test` as a
/// whole process: a value that refers to one long string thousands of times, huge and
/// forged messages, endless tests. Each is stopped with a message naming the limit, the
/// process's peak resident memory (measured by the kernel) stays under about 4 × the
/// state's memory cap, and what it prints stays small and free of control characters.
@Suite("shequ plugin against a plugin that attacks the host's memory and output")
struct HostileHostCLITests {
    static let fixture = ShequProcess.fixtures.appendingPathComponent("hostile-host").path
    static let cap = 32 << 20
    static let peakBound = 4 * cap

    func attack(_ hook: String) throws -> MeasuredProcess.Result {
        try MeasuredProcess.run(
            ["plugin", "run", Self.fixture, "--hook", hook, "--input", "-", "--memory", "\(Self.cap)", "--deadline-ms", "2000"],
            stdin: "{}")
    }

    /// No terminal escape, no forged line: nothing but printable text, tabs and line feeds.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            && !text.split(separator: "\n").contains { $0.hasPrefix("[ERROR]") }
    }

    @Test("references to one long string are stopped by the host budget", arguments: [
        ("many_references", "result of hook 'many_references'.items["),
        ("shared_tables", "result of hook 'shared_tables'["),
        ("log_arguments", "argument #2 to 'shequ.log'"),
    ])
    func references(hook: String, path: String) throws {
        let outcome = try attack(hook)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("LuaLimits.maxValueBytes"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("\(Self.cap) bytes"), "the budget follows --memory: \(outcome.stderr)")
        #expect(outcome.stderr.contains(path), "\(outcome.stderr)")
        #expect(outcome.stdoutBytes == 0)
        #expect(outcome.stderrBytes < 8 << 10)
        #expect(outcome.peakResidentBytes < Self.peakBound, "peak \(outcome.peakResidentBytes >> 20) MiB")
    }

    @Test("huge error messages and __tostring results are cut", arguments: ["huge_error", "huge_tostring"])
    func hugeMessages(hook: String) throws {
        let outcome = try attack(hook)
        #expect(outcome.status == 1, "\(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.contains("tests.hostile_host"))
        #expect(outcome.stderr.contains("cut:"), "\(outcome.stderr.prefix(500))")
        #expect(outcome.stderrBytes < 8 << 10, "\(outcome.stderrBytes) bytes on stderr")
        #expect(outcome.peakResidentBytes < Self.peakBound, "peak \(outcome.peakResidentBytes >> 20) MiB")
    }

    @Test("an error message cannot forge a line or drive the terminal")
    func forgedError() throws {
        let outcome = try attack("forged_error")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("boom\\n[ERROR] host: forged line\\u{1b}[2J"), "\(outcome.stderr)")
        #expect(Self.isClean(outcome.stderr), "\(outcome.stderr)")
    }

    @Test("print and shequ.log cannot forge a line or drive the terminal; the JSON result is escaped")
    func forgedLog() throws {
        let outcome = try attack("forged_log")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("ok\\n[ERROR] host: forged line\\u{1b}]0;title\\u{7}"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("warn\\r\\n[ERROR] forged\\u{1b}[31m"), "\(outcome.stderr)")
        #expect(Self.isClean(outcome.stderr), "\(outcome.stderr)")
        #expect(Self.isClean(outcome.stdout), "\(outcome.stdout)")
    }

    @Test("a result under the budget comes out whole, in bounded memory")
    func fits() throws {
        let outcome = try attack("fits")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdoutBytes > 4 << 20)
        #expect(outcome.stdoutBytes < 5 << 20)
        #expect(outcome.peakResidentBytes < Self.peakBound, "peak \(outcome.peakResidentBytes >> 20) MiB")
    }

    @Test("plugin check prints the plugin's title escaped, on one line")
    func checkTitle() throws {
        let outcome = try MeasuredProcess.run(["plugin", "check", Self.fixture])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("hostile\\n[ERROR] forged title\\u{1b}[2J"), "\(outcome.stdout)")
        #expect(Self.isClean(outcome.stdout))
    }

    @Test("plugin test stops a flood of tests with the limit's name, quickly and in bounded output")
    func testFlood() throws {
        let outcome = try MeasuredProcess.run(["plugin", "test", Self.fixture, "--memory", "\(Self.cap)"], timeout: .seconds(120))
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("PluginTestLimits.maxTests"), "\(outcome.stderr)")
        #expect(outcome.stdoutBytes + outcome.stderrBytes < 8 << 10)
        #expect(outcome.peakResidentBytes < Self.peakBound, "peak \(outcome.peakResidentBytes >> 20) MiB")
    }

    @Test("a manifest config that refers to one long string many times is refused when the plugin loads")
    func manifestConfig() throws {
        let process = try ShequProcess()
        let folder = process.directory.appendingPathComponent("config-bomb")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("""
            local s = string.rep("c", 1 << 20)
            local items = {}
            for i = 1, 2000 do items[i] = s end
            return { id = "tests.config_bomb", version = "0.0.1", api = 1, hooks = {}, config = { items = items } }
            """.utf8).write(to: folder.appendingPathComponent("plugin.lua"))
        let outcome = try MeasuredProcess.run(["plugin", "check", folder.path, "--memory", "\(Self.cap)"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("config.items["), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("LuaLimits.maxValueBytes"), "\(outcome.stderr)")
        #expect(outcome.peakResidentBytes < Self.peakBound, "peak \(outcome.peakResidentBytes >> 20) MiB")
    }
}
