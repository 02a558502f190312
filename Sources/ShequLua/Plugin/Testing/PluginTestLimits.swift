/// Bounds on a run of a plugin's own tests (`shequ plugin test`): a plugin's test files
/// are its code too, and may declare endless tests, huge names, or tests that each run
/// up to the deadline.
///
/// ```swift
/// let report = PluginTestRunner(plugin: plugin, limits: PluginTestLimits(maxTests: 100, maxDuration: .seconds(30))).run()
/// if let stop = report.stopped { print(stop) } // stopped after 100 tests: ...
/// ```
public struct PluginTestLimits: Sendable, Hashable {
    /// The most tests a plugin may declare over all its test files (default 1,000).
    public var maxTests: Int
    /// The longest test name, in bytes (default 200); a longer name fails its file.
    public var maxNameBytes: Int
    /// The longest a whole run may take by the wall clock (default 5 minutes); each
    /// test's own calls are bounded by the plugin's deadline besides.
    public var maxDuration: Duration

    /// Creates limits; every parameter has the documented default.
    public init(maxTests: Int = 1_000, maxNameBytes: Int = 200, maxDuration: Duration = .seconds(300)) {
        self.maxTests = maxTests
        self.maxNameBytes = maxNameBytes
        self.maxDuration = maxDuration
    }
}

/// Why a run of a plugin's tests stopped before every test ran.
public struct PluginTestLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which limit stopped the run.
    public enum Kind: String, Sendable, Hashable {
        /// The test files declare more than ``PluginTestLimits/maxTests`` tests.
        case tooManyTests
        /// The run took longer than ``PluginTestLimits/maxDuration``.
        case timeLimit
    }

    /// Which limit stopped the run.
    public var kind: Kind
    /// The test file being read or run when the run stopped.
    public var file: String
    /// The limits in force.
    public var limits: PluginTestLimits

    public var description: String {
        switch kind {
        case .tooManyTests:
            "\(file): the plugin's tests declare more than \(limits.maxTests) tests (PluginTestLimits.maxTests); the rest were not run: split the plugin or declare fewer tests"
        case .timeLimit:
            "\(file): the tests ran longer than \(limits.maxDuration) (PluginTestLimits.maxDuration); the rest were not run: look for slow tests"
        }
    }
}
