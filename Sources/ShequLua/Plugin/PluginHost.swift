import Logging

/// What the host gives every plugin it runs: limits, a logger, the host
/// functions in `shequ`, configuration overrides and manifest extensions.
///
/// ```swift
/// var host = PluginHost(limits: LuaLimits(deadline: .seconds(1)))
/// host.configOverrides = ["base": 20]
/// let plugin = try Plugin.load(from: folder, host: host)
/// ```
public struct PluginHost: Sendable {
    /// The host's limits; a plugin may only lower them.
    public var limits: LuaLimits
    /// Receives `print` and `shequ.log` output.
    public var logger: Logger
    /// Extra functions installed in the `shequ` table.
    public var functions: [LuaHostFunction]
    /// Merged over the manifest's `config` (nested tables are merged key by key).
    public var configOverrides: LuaTable
    /// Extra manifest fields and checks.
    public var manifestExtensions: [PluginManifestExtension]
    /// Bounds on the files read from a plugin folder.
    public var fileLimits: PluginFileLimits

    /// Creates a host configuration.
    public init(
        limits: LuaLimits = LuaLimits(),
        logger: Logger = Logger(label: "shequ.plugin"),
        functions: [LuaHostFunction] = [],
        configOverrides: LuaTable = LuaTable(),
        manifestExtensions: [PluginManifestExtension] = [],
        fileLimits: PluginFileLimits = PluginFileLimits()
    ) {
        self.limits = limits
        self.logger = logger
        self.functions = functions
        self.configOverrides = configOverrides
        self.manifestExtensions = manifestExtensions
        self.fileLimits = fileLimits
    }
}
