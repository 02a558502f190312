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
        /// Under process isolation, the plugin's worker process died or was stopped during
        /// the call: killed at the deadline, crashed with a signal, out of address space, or
        /// it broke the protocol. The message says which; the next call gets a fresh worker.
        case worker
        /// Under process isolation, no worker process could be started (the
        /// `shequ-plugin-worker` executable is missing, or the system refused a process).
        case workerUnavailable
    }

    // The fields live in one shared box (copied on write) so that a
    // `Result<LuaValue, PluginError>` stays small in large batches.
    private final class Storage: @unchecked Sendable {
        // @unchecked: mutated only through `writableStorage`, that is while uniquely referenced.
        var kind: Kind
        var message: String
        var pluginID: String?
        var hook: String?
        var file: String?
        var line: Int?
        var field: String?
        var lua: LuaError?

        init(kind: Kind, message: String, pluginID: String?, hook: String?, file: String?, line: Int?, field: String?, lua: LuaError?) {
            self.kind = kind
            self.message = message
            self.pluginID = pluginID
            self.hook = hook
            self.file = file
            self.line = line
            self.field = field
            self.lua = lua
        }

        func copy() -> Storage {
            Storage(kind: kind, message: message, pluginID: pluginID, hook: hook, file: file, line: line, field: field, lua: lua)
        }
    }

    private var storage: Storage

    private var writableStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// What went wrong.
    public var kind: Kind {
        get { storage.kind }
        set { writableStorage.kind = newValue }
    }
    /// The plugin's id, when known.
    public var pluginID: String? {
        get { storage.pluginID }
        set { writableStorage.pluginID = newValue.map(Self.boundedName) }
    }
    /// The hook being loaded or run, when one is concerned.
    public var hook: String? {
        get { storage.hook }
        set { writableStorage.hook = newValue.map(Self.boundedName) }
    }
    /// The file, relative to the plugin folder, e.g. `plugin.lua`.
    public var file: String? {
        get { storage.file }
        set { writableStorage.file = newValue.map(Self.boundedName) }
    }
    /// The line in ``file``, when known.
    public var line: Int? {
        get { storage.line }
        set { writableStorage.line = newValue }
    }
    /// The manifest field, e.g. `version` or `hooks.score`.
    public var field: String? {
        get { storage.field }
        set { writableStorage.field = newValue.map(Self.boundedName) }
    }
    /// What is wrong and what to do: at most ``maxMessageBytes`` bytes, control characters
    /// escaped, since it may quote the plugin (see ``PluginText``).
    public var message: String {
        get { storage.message }
        set { writableStorage.message = PluginText.bounded(newValue, maxBytes: Self.maxMessageBytes) }
    }
    /// The Lua error behind a ``Kind/lua`` failure.
    public var lua: LuaError? {
        get { storage.lua }
        set { writableStorage.lua = newValue }
    }

    /// The longest ``message``, in bytes (4 KiB: room for the host's words around a Lua message).
    public static let maxMessageBytes = 4 << 10
    /// The longest ``hook``, ``file``, ``field`` and ``pluginID``, in bytes (256).
    public static let maxNameBytes = 256

    /// Creates an error. The texts are bounded and escaped, as they may come from the plugin.
    public init(
        kind: Kind, message: String, pluginID: String? = nil, hook: String? = nil,
        file: String? = nil, line: Int? = nil, field: String? = nil, lua: LuaError? = nil
    ) {
        storage = Storage(
            kind: kind, message: PluginText.bounded(message, maxBytes: Self.maxMessageBytes),
            pluginID: pluginID.map(Self.boundedName), hook: hook.map(Self.boundedName), file: file.map(Self.boundedName),
            line: line, field: field.map(Self.boundedName), lua: lua)
    }

    private static func boundedName(_ text: String) -> String {
        PluginText.bounded(text, maxBytes: maxNameBytes)
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

    public static func == (lhs: PluginError, rhs: PluginError) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.pluginID == rhs.pluginID && lhs.hook == rhs.hook
            && lhs.file == rhs.file && lhs.line == rhs.line && lhs.field == rhs.field && lhs.lua == rhs.lua
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(message)
        hasher.combine(pluginID)
        hasher.combine(hook)
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(field)
        hasher.combine(lua)
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
