import Foundation
import Logging

/// A validated plugin: its manifest and all its source, ready to be run by a
/// ``PluginInstance``, a ``PluginPool`` or the ``PluginTestRunner``.
///
/// Loading checks everything it can before any hook runs: the manifest's
/// fields, and that every hook points to an existing module and function.
///
/// ```swift
/// let plugin = try Plugin.load(from: URL(fileURLWithPath: "Plugins/guangshan-points"))
/// let instance = try PluginInstance(plugin: plugin)
/// let score = try await instance.invoke(hook: "score", input: ["age": 72])
/// ```
public struct Plugin: Sendable {
    /// The validated manifest.
    public let manifest: PluginManifest
    /// Every source file.
    public let source: PluginSource
    /// The host configuration the plugin was loaded with.
    public let host: PluginHost

    /// The limits a call of this plugin runs under: the host's, lowered by the manifest.
    public var limits: LuaLimits { manifest.limits.applied(to: host.limits) }

    /// What `shequ.config()` returns: the manifest's `config` with the host's overrides merged in.
    public var config: LuaValue { .table(Self.merge(manifest.config, host.configOverrides)) }

    /// The logger for this plugin's output, labelled with its id.
    var logger: Logger {
        var logger = host.logger
        logger[metadataKey: "plugin"] = "\(manifest.id)"
        return logger
    }

    /// Reads and validates the plugin in `folder`.
    public static func load(from folder: URL, host: PluginHost = PluginHost()) throws(PluginError) -> Plugin {
        try load(source: PluginSource.read(from: folder, limits: host.fileLimits), host: host)
    }

    /// Validates a plugin whose files are already in memory.
    public static func load(source: PluginSource, host: PluginHost = PluginHost()) throws(PluginError) -> Plugin {
        let manifest = try readManifest(source, host: host)
        let plugin = Plugin(manifest: manifest, source: source, host: host)
        try plugin.checkHooks()
        return plugin
    }

    /// A fresh sandbox with this plugin's modules, configuration and limits.
    func makeSandbox(cancellation: LuaCancellation = LuaCancellation()) throws(PluginError) -> LuaSandbox {
        do {
            return try LuaSandbox(
                limits: limits, logger: logger, functions: host.functions, config: config,
                modules: source.modules, cancellation: cancellation)
        } catch {
            throw PluginError(lua: error, pluginID: manifest.id, hook: nil)
        }
    }

    private static func readManifest(_ source: PluginSource, host: PluginHost) throws(PluginError) -> PluginManifest {
        let values: [LuaValue]
        do {
            // The manifest is data: it runs in its own small sandbox without the plugin's modules.
            let limits = host.limits.narrowed(memoryBytes: 8 << 20, instructionsPerCall: 10_000_000)
            let sandbox = try LuaSandbox(limits: limits, logger: host.logger)
            values = try sandbox.run(source.manifestText, chunkName: "plugin.lua")
        } catch {
            throw PluginError(kind: .manifest, message: error.message, file: error.file ?? "plugin.lua", line: error.line, lua: error)
        }
        guard values.count == 1, case .table(let table) = values[0] else {
            throw PluginError(
                kind: .manifest,
                message: "plugin.lua must return one table describing the plugin, e.g. return { id = \"xinyang.guangshan.points\", version = \"1.0.0\", api = 1, hooks = { ... } }",
                file: "plugin.lua")
        }
        return try PluginManifest(table: table, source: source.manifestText, extensions: host.manifestExtensions)
    }

    private func checkHooks() throws(PluginError) {
        let reader = ManifestReader(table: manifest.raw, source: source.manifestText)
        for (hook, target) in manifest.hooks.sorted(by: { $0.key < $1.key }) {
            guard source.modules[target.module] != nil else {
                throw PluginError(
                    kind: .hookTarget,
                    message: "hook '\(hook)' points to module '\(target.module)', but \(target.path) does not exist in the plugin folder",
                    pluginID: manifest.id, hook: hook, file: "plugin.lua", line: reader.line(of: hook), field: "hooks.\(hook)")
            }
        }
        // Loading each module once shows missing functions and load-time errors now, not at the first call.
        let sandbox = try makeSandbox()
        for (hook, target) in manifest.hooks.sorted(by: { $0.key < $1.key }) {
            do {
                _ = try sandbox.resolve(module: target.module, function: target.function)
            } catch {
                if error.file == nil {
                    throw PluginError(
                        kind: .hookTarget, message: "hook '\(hook)': \(error.message)", pluginID: manifest.id,
                        hook: hook, file: "plugin.lua", line: reader.line(of: hook), field: "hooks.\(hook)", lua: error)
                }
                throw PluginError(lua: error, pluginID: manifest.id, hook: hook)
            }
        }
    }

    static func merge(_ base: LuaTable, _ overrides: LuaTable) -> LuaTable {
        var result = base
        for (key, value) in overrides.sortedEntries {
            if case .table(let override) = value, case .table(let original)? = result[key] {
                result[key] = .table(merge(original, override))
            } else {
                result[key] = value
            }
        }
        return result
    }
}
