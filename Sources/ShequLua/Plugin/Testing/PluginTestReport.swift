/// The outcome of a plugin's own tests (`tests/*_test.lua`).
///
/// ```swift
/// let report = PluginTestRunner(plugin: plugin).run()
/// for failure in report.failures {
///     print("\(failure.file):\(failure.failure?.line ?? 0): \(failure.name): \(failure.failure?.message ?? "")")
/// }
/// print("\(report.passedCount) passed, \(report.failedCount) failed")
/// ```
public struct PluginTestReport: Sendable, Hashable {
    /// Why a test failed.
    public struct Failure: Sendable, Hashable {
        /// What went wrong, e.g. `expect.eq failed at total: got 3, expected 4`.
        public var message: String
        /// The file the failure points to (usually the test file).
        public var file: String?
        /// The line the failure points to.
        public var line: Int?
        /// The Lua traceback, when there is one.
        public var traceback: String?
    }

    /// One test: `test(name, fn)` in a test file, or a test file that failed to load.
    public struct TestCase: Sendable, Hashable {
        /// The test file, relative to the plugin folder.
        public var file: String
        /// The test's name (``loadFailureName`` for a file that failed to load).
        public var name: String
        /// The line of `test(...)` in the file.
        public var line: Int?
        /// Why it failed; nil when it passed.
        public var failure: Failure?
        /// Whether it passed.
        public var passed: Bool { failure == nil }
    }

    /// The name given to a test file that fails to load.
    public static let loadFailureName = "(test file failed to load)"

    /// The plugin's id.
    public var pluginID: String
    /// Every test, in file order then declaration order.
    public var cases: [TestCase]
    /// The limit that stopped the run before every test ran, if one did (the tests not run
    /// are not in ``cases``).
    public var stopped: PluginTestLimitError? = nil

    /// The tests that passed.
    public var passedCount: Int { cases.count(where: \.passed) }
    /// The tests that failed (including files that failed to load).
    public var failedCount: Int { cases.count - passedCount }
    /// The failed tests.
    public var failures: [TestCase] { cases.filter { !$0.passed } }
    /// Whether every test passed (and there was at least one, and no limit stopped the run).
    public var allPassed: Bool { !cases.isEmpty && failedCount == 0 && stopped == nil }
}
