/// An error loading or running a plugin: names the plugin, and the file, line,
/// field or hook it concerns.
///
/// ```swift
/// do {
///     _ = try Plugin.load(from: folder)
/// } catch {
///     print(error) // plugin.lua:3: field 'version': "1.x" is not a semantic version ...
/// }
/// ```
public struct PluginError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The plugin folder or one of its files cannot be read or is not allowed.
        case files
        /// `plugin.lua` does not describe a valid plugin.
        case manifest
        /// A hook points to a module or function that does not exist.
        case hookTarget
        /// The host asked for a hook the plugin does not declare.
        case unknownHook
        /// Lua code failed (see ``lua`` for the Lua error).
        case lua
    }

    /// What went wrong.
    public var kind: Kind
    /// The plugin's id, when known.
    public var pluginID: String?
    /// The hook being loaded or run, when one is concerned.
    public var hook: String?
    /// The file, relative to the plugin folder, e.g. `plugin.lua`.
    public var file: String?
    /// The line in ``file``, when known.
    public var line: Int?
    /// The manifest field, e.g. `version` or `hooks.score`.
    public var field: String?
    /// What is wrong and what to do.
    public var message: String
    /// The Lua error behind a ``Kind/lua`` failure.
    public var lua: LuaError?

    /// Creates an error.
    public init(
        kind: Kind, message: String, pluginID: String? = nil, hook: String? = nil,
        file: String? = nil, line: Int? = nil, field: String? = nil, lua: LuaError? = nil
    ) {
        self.kind = kind
        self.message = message
        self.pluginID = pluginID
        self.hook = hook
        self.file = file
        self.line = line
        self.field = field
        self.lua = lua
    }

    /// Wraps a Lua error raised while running `hook` of `pluginID`.
    public init(lua error: LuaError, pluginID: String?, hook: String?) {
        self.init(
            kind: .lua, message: error.message, pluginID: pluginID, hook: hook,
            file: error.file, line: error.line, lua: error)
    }

    /// The Lua traceback, when the error comes from Lua code.
    public var traceback: String? { lua?.traceback }

    /// `file:line` when known.
    public var location: String? {
        guard let file else { return nil }
        return line.map { "\(file):\($0)" } ?? file
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        if let field { text += "field '\(field)': " }
        text += message
        if let lua { text += " (\(lua.advice))" }
        var context: [String] = []
        if let pluginID { context.append("plugin \(pluginID)") }
        if let hook { context.append("hook \(hook)") }
        if !context.isEmpty { text += " [\(context.joined(separator: ", "))]" }
        return text
    }
}
