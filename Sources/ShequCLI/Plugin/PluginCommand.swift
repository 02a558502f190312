import ArgumentParser

/// `shequ plugin`: loads, checks, tests and runs county Lua plugins.
struct PluginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Check, test and run county Lua plugins.",
        discussion: "A plugin is a folder with plugin.lua (the manifest), its modules and tests/*_test.lua. See docs/plugins.md.",
        subcommands: [PluginCheckCommand.self, PluginTestCommand.self, PluginRunCommand.self]
    )
}
