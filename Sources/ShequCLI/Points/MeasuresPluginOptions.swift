import ArgumentParser
import Foundation
import ShequHooks
import ShequLua

/// `--plugin DIR`: the points plugin whose `measures` hook judges behaviour events.
struct MeasuresPluginOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The points plugin folder (with a measures hook and its measures declaration).", valueName: "DIR"))
    var plugin: String

    @OptionGroup var isolationOptions: PluginIsolationOptions

    /// Loads the plugin with the `measures` manifest checks and prepares its pool.
    func load() throws -> MeasuresRun {
        try Self.load(plugin, isolation: isolationOptions.choice)
    }

    /// Loads a points plugin, with `config` (a JSON object file) merged over its manifest's config.
    static func load(_ folder: String, config: String? = nil, isolation: PluginIsolation) throws -> MeasuresRun {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure.usage("\(folder): no such plugin folder")
        }
        var host = MeasuresManifest.host(PluginHost())
        if let config {
            guard case .table(let overrides) = try JSONFile.read(config, what: "--config") else {
                throw CommandFailure.usage("\(config): --config must hold a JSON object")
            }
            host.configOverrides = overrides
        }
        do {
            let loaded = try Plugin.load(from: URL(fileURLWithPath: folder), host: host)
            return try MeasuresRun(plugin: loaded, workers: ProcessInfo.processInfo.activeProcessorCount, isolation: isolation)
        } catch {
            throw CommandFailure.rule(error)
        }
    }
}
