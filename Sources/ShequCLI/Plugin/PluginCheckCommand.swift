import ArgumentParser
import ShequLua

/// `shequ plugin check DIR`: loads and validates a plugin without running any hook.
struct PluginCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a plugin and validate its manifest and hooks, without running any hook."
    )

    @OptionGroup var plugin: PluginOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let loaded = try plugin.load()
        if case .process = plugin.isolation {
            // The worker must come up under its limits, as every hook call will need it.
            do {
                try await PluginInstance(plugin: loaded, isolation: plugin.isolation).startWorker()
            } catch {
                throw CommandFailure.rule(error)
            }
        }
        let manifest = loaded.manifest
        let hooks = manifest.hooks.sorted { $0.key < $1.key }
        switch output.format {
        case .json:
            let summary: LuaValue = .table(LuaTable(fields: [
                "id": .string(manifest.id),
                "version": .string(manifest.version),
                "api": .integer(Int64(manifest.api)),
                "county": manifest.county.map(LuaValue.string) ?? .nil,
                "title": manifest.title.map(LuaValue.string) ?? .nil,
                "hooks": .table(LuaTable(fields: Dictionary(uniqueKeysWithValues: hooks.map {
                    (LuaKey.string($0.key), LuaValue.string($0.value.description))
                }))),
            ]))
            print(try JSONWriter(style: .pretty).string(summary))
        case .text:
            var line = "ok \(manifest.id) \(manifest.version) (api \(manifest.api)"
            if let county = manifest.county { line += ", county \(county)" }
            line += ")"
            // The title is plugin text: one short line, control characters escaped.
            if let title = manifest.title { line += ": \(PluginText.bounded(title, maxBytes: 200))" }
            print(line)
            for (name, target) in hooks {
                print("hook \(name) -> \(target)")
            }
        }
    }
}
