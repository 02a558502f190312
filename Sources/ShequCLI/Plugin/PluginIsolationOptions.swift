import ArgumentParser
import ShequLua

/// `--isolation process|in-process`: where a command runs plugin code. County plugins are
/// untrusted, so the default is a worker process (`shequ-plugin-worker`, next to `shequ`)
/// under operating-system limits, which a crash or a stuck call cannot take the command with.
struct PluginIsolationOptions: ParsableArguments {
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case process
        case inProcess = "in-process"
    }

    @Option(help: ArgumentHelp(
        "Where plugin code runs: process (a worker process under OS limits; the default) or in-process (faster to start, no second line of defence).",
        valueName: "process|in-process"))
    var isolation: Mode = .process

    /// The library's isolation choice for this option.
    var choice: PluginIsolation {
        switch isolation {
        case .process: .process()
        case .inProcess: .inProcess
        }
    }
}
