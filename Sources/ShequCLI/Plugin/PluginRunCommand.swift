import ArgumentParser
import ShequLua

/// `shequ plugin run DIR --hook NAME --input FILE`: calls one hook with a JSON input and
/// prints its JSON result.
struct PluginRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Call one hook of a plugin with a JSON input and print the JSON result.",
        discussion: "The hook is called as fn(input, ctx) in the plugin's sandbox. Exits 1 when the hook fails or breaks a limit, 2 when the input cannot be read."
    )

    @OptionGroup var plugin: PluginOptions

    @Option(help: "The hook to call, as named in the manifest's hooks table.")
    var hook: String

    @Option(help: "The JSON input: a file, or - for standard input.")
    var input: String

    @Option(help: "A JSON value passed as the hook's second argument, ctx (default: an empty table).")
    var context: String?

    @Option(help: "Seed for math.random (default: derived from the hook and the input).")
    var seed: Int64?

    @Flag(help: "Indent the JSON output.")
    var pretty = false

    func run() async throws {
        let loaded = try plugin.load()
        guard loaded.manifest.hooks[hook] != nil else {
            let known = loaded.manifest.hooks.keys.sorted().joined(separator: ", ")
            throw CommandFailure.usage("\(loaded.manifest.id) has no hook '\(hook)'; its hooks: \(known)")
        }
        let inputValue = try JSONFile.read(input, what: "--input")
        let contextValue = try context.map { try JSONFile.read($0, what: "--context") } ?? .table(LuaTable())

        let result: LuaValue
        do {
            let instance = try PluginInstance(plugin: loaded, isolation: plugin.isolation)
            result = try await instance.invoke(hook: hook, input: inputValue, context: contextValue, randomSeed: seed)
        } catch {
            throw CommandFailure.rule(error)
        }
        do {
            print(try JSONWriter(style: pretty ? .pretty : .compact).string(result))
        } catch {
            let problem = PluginText.bounded(String(describing: error), maxBytes: PluginError.maxMessageBytes)
            throw CommandFailure.rule("\(loaded.manifest.id) hook '\(hook)' returned a value JSON cannot hold: \(problem)")
        }
    }
}
