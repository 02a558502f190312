/// Where a plugin's Lua states live: in the host process, or in a child worker process
/// the host can kill (defence in depth, Art. 8: county plugins are untrusted code).
///
/// In process, a state costs nothing extra, but a hole in the C parts of the sandbox
/// (a crash, a loop no count hook sees) would take the host with it. Under
/// ``process(_:)``, each ``PluginInstance`` runs its state in a `shequ-plugin-worker`
/// process under operating-system limits (address space, CPU time, no new files or
/// sockets, no network where the system allows); a worker that crashes or stops
/// answering is killed and costs only the call in flight, which fails with a
/// ``PluginError`` of kind ``PluginError/Kind/worker``. Plugins see the same API either way.
///
/// ```swift
/// let instance = try PluginInstance(plugin: plugin, isolation: .process())
/// let pool = try PluginPool(plugin: plugin, isolation: .process())
/// ```
public enum PluginIsolation: Sendable, Hashable {
    /// The Lua state lives in the host process (the library default).
    case inProcess
    /// The Lua state lives in a worker process started and watched by the host.
    case process(PluginWorkerOptions = PluginWorkerOptions())
}
