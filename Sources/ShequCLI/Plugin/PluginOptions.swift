import ArgumentParser
import Foundation
import Logging
import ShequHooks
import ShequLua

/// The plugin folder and the host settings shared by every `shequ plugin` command.
struct PluginOptions: ParsableArguments {
    @Argument(help: "The plugin folder (the one holding plugin.lua).")
    var directory: String

    @Option(help: "Memory cap of the plugin's Lua state, in bytes (default 64 MiB).")
    var memory: Int?

    @Option(help: "Lua instructions allowed per hook call (default 200000000).")
    var instructions: Int64?

    @Option(name: .customLong("deadline-ms"), help: "Wall-clock time allowed per hook call, in milliseconds (default 2000).")
    var deadlineMilliseconds: Int64?

    @Option(help: "A JSON object merged over the manifest's config, as shequ.config() returns it.")
    var config: String?

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @Option(name: .customLong("log-level"), help: "The lowest level of plugin log output shown on standard error: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    func validate() throws {
        if let memory, memory <= 0 { throw ValidationError("--memory must be a positive number of bytes") }
        if let instructions, instructions <= 0 { throw ValidationError("--instructions must be positive") }
        if let deadlineMilliseconds, deadlineMilliseconds <= 0 { throw ValidationError("--deadline-ms must be positive") }
    }

    /// The host the plugin runs in: the given limits, plugin output on standard error.
    func host() throws -> PluginHost {
        var limits = LuaLimits()
        if let memory { limits.memoryBytes = memory }
        if let instructions { limits.instructionsPerCall = instructions }
        if let deadlineMilliseconds { limits.deadline = .milliseconds(deadlineMilliseconds) }
        var logger = Logger(label: "plugin") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = logLevel
        var host = MeasuresManifest.host(PluginHost(limits: limits, logger: logger))
        if let config {
            guard case .table(let overrides) = try JSONFile.read(config, what: "--config") else {
                throw CommandFailure.usage("\(config): --config must hold a JSON object")
            }
            host.configOverrides = overrides
        }
        return host
    }

    /// Where the plugin's hooks run.
    var isolation: PluginIsolation { isolationOptions.choice }

    /// Loads and validates the plugin, mapping failures to Shequ's exit codes.
    func load() throws -> Plugin {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure.usage("\(directory): no such plugin folder")
        }
        let host = try host()
        do {
            return try Plugin.load(from: URL(fileURLWithPath: directory), host: host)
        } catch {
            throw CommandFailure.rule(error)
        }
    }
}
