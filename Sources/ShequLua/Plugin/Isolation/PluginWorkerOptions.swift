import Foundation

/// How a host starts and watches the worker processes of ``PluginIsolation/process(_:)``.
///
/// ```swift
/// var options = PluginWorkerOptions()
/// options.executable = URL(fileURLWithPath: "/opt/shequ/bin/shequ-plugin-worker")
/// options.grace = .milliseconds(500)
/// let instance = try PluginInstance(plugin: plugin, isolation: .process(options))
/// ```
public struct PluginWorkerOptions: Sendable, Hashable {
    /// The `shequ-plugin-worker` executable; `nil` finds it next to the running executable
    /// (where `swift build` puts both).
    public var executable: URL?
    /// How long past a call's deadline the host waits for its result before it kills the
    /// worker (default 0.5 s). The sandbox stops Lua code at the deadline itself; the grace
    /// only matters for a call stuck where the sandbox cannot see it.
    public var grace: Duration
    /// How long a new worker may take to start and report ready (default 5 s).
    public var startTimeout: Duration
    /// The most workers one batch may start after its worker died (default 8); calls left
    /// when they are used up fail without running, so a plugin that crashes on every call
    /// cannot make the host start processes without end.
    public var maxRestartsPerBatch: Int
    /// Address space the worker may map beyond twice the plugin's memory cap and the
    /// largest frame, for the Swift runtime, libraries and stacks (default 384 MiB, about
    /// three times what a started worker maps).
    public var runtimeAddressSpace: Int
    /// CPU seconds a worker may use over its life (RLIMIT_CPU hard limit, default 3600);
    /// the host retires a worker that has been busy for half of it, between batches.
    public var cpuSecondsPerWorker: Int
    /// The largest frame either side accepts, in bytes (default: the plugin's memory cap
    /// plus 16 MiB, at least 64 MiB); a larger one from the worker is a protocol error.
    public var maxFrameBytes: Int?
    // Shequ's own tests: install the worker's fault-injection host functions (as the
    // environment variable PluginWorker.testFaultsVariable does for the `shequ` command).
    var testFaults = false

    /// Creates options; every parameter has the documented default.
    public init(
        executable: URL? = nil,
        grace: Duration = .milliseconds(500),
        startTimeout: Duration = .seconds(5),
        maxRestartsPerBatch: Int = 8,
        runtimeAddressSpace: Int = 384 << 20,
        cpuSecondsPerWorker: Int = 3600,
        maxFrameBytes: Int? = nil
    ) {
        self.executable = executable
        self.grace = grace
        self.startTimeout = startTimeout
        self.maxRestartsPerBatch = maxRestartsPerBatch
        self.runtimeAddressSpace = runtimeAddressSpace
        self.cpuSecondsPerWorker = cpuSecondsPerWorker
        self.maxFrameBytes = maxFrameBytes
    }

    /// The name of the worker executable.
    public static let executableName = "shequ-plugin-worker"

    /// The worker executable these options name, checked to exist and be executable.
    ///
    /// - Throws: ``PluginError`` of kind ``PluginError/Kind/workerUnavailable`` saying where
    ///   it looked and how to fix it.
    public func resolvedExecutable() throws(PluginError) -> URL {
        let url = executable ?? Self.besideRunningExecutable()
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw PluginError(
                kind: .workerUnavailable,
                message: "the plugin worker executable \(url.path) does not exist or is not executable: build it (swift build --product \(Self.executableName)) and keep it next to the program, set PluginWorkerOptions.executable to its path, or run plugins in process (--isolation in-process)")
        }
        return url
    }

    // Next to the running executable, symbolic links resolved (`.build/debug/shequ` is one).
    static func besideRunningExecutable() -> URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent(executableName)
    }

    /// The frame bound for a plugin with `limits`.
    func frameLimit(for limits: LuaLimits) -> Int {
        if let maxFrameBytes { return max(4096, maxFrameBytes) }
        return max(64 << 20, limits.memoryBytes + (16 << 20))
    }

    /// RLIMIT_AS for a worker of a plugin with `limits`: the Lua state, a frame being read
    /// and one being written, and the runtime.
    func addressSpace(for limits: LuaLimits) -> Int {
        2 * limits.memoryBytes + 2 * frameLimit(for: limits) + runtimeAddressSpace
    }
}
