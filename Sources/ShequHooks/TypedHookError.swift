import ShequLua

/// A typed hook failed: the plugin raised or broke a limit, or returned a value of
/// the wrong shape.
public struct TypedHookError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable {
        /// The host could not encode the input (a bug in the caller).
        case input(String)
        /// The plugin raised an error or broke a limit.
        case plugin(PluginError)
        /// The plugin returned a value that does not have the hook's shape.
        case result(String)
    }

    /// The plugin's id.
    public var pluginID: String
    /// The hook's name.
    public var hook: String
    /// What went wrong.
    public var reason: Reason

    /// Creates the error. A decoding problem may quote what the plugin returned, so the
    /// messages of ``Reason/input(_:)`` and ``Reason/result(_:)`` are cut and escaped (see ``PluginText``).
    public init(pluginID: String, hook: String, reason: Reason) {
        self.pluginID = pluginID
        self.hook = hook
        self.reason = switch reason {
        case .input(let message): .input(Self.bounded(message))
        case .result(let message): .result(Self.bounded(message))
        case .plugin: reason
        }
    }

    private static func bounded(_ message: String) -> String {
        PluginText.bounded(message, maxBytes: PluginError.maxMessageBytes)
    }

    public var description: String {
        switch reason {
        case .input(let message):
            "hook '\(hook)' of \(pluginID): the host could not encode the input: \(Self.bounded(message))"
        case .plugin(let error):
            error.description
        case .result(let message):
            "hook '\(hook)' of \(pluginID) returned a value of the wrong shape: \(Self.bounded(message)); fix the plugin so it returns what docs/plugins.md describes for this hook"
        }
    }
}
