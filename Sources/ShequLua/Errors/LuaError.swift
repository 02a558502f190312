/// An error raised by Lua code, by the sandbox's limits, or by a value that
/// cannot cross between Lua and the host.
///
/// ```swift
/// do {
///     _ = try sandbox.run("local x = nil; return x.y", chunkName: "probe.lua")
/// } catch {
///     print(error.kind, error.file ?? "", error.line ?? 0) // runtime probe.lua 1
/// }
/// ```
public struct LuaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The source text does not parse.
        case syntax
        /// Lua code raised an error (including errors thrown by host functions).
        case runtime
        /// The state reached its memory cap.
        case memory
        /// The call ran more instructions than its budget allows.
        case instructionBudget
        /// The call ran past its wall-clock deadline.
        case deadline
        /// The host cancelled the call.
        case cancelled
        /// A value cannot be exchanged with the host (function, userdata, invalid UTF-8, cycle...).
        case invalidValue
        /// A value is too deep, too large or too long to be exchanged.
        case limitExceeded
        /// The Lua state could not be created or set up.
        case setup
    }

    /// The longest ``message``, in bytes (2 KiB): a plugin's message is cut to it.
    public static let maxMessageBytes = 2 << 10
    /// The longest ``traceback``, in bytes (4 KiB).
    public static let maxTracebackBytes = 4 << 10
    /// The longest ``file``, in bytes (256): a chunk name is plugin text too.
    public static let maxFileBytes = 256

    /// What went wrong.
    public var kind: Kind
    /// The message as Lua reported it, without the `file:line:` prefix: at most
    /// ``maxMessageBytes`` bytes, control characters escaped (see ``PluginText``).
    public var message: String {
        didSet { message = PluginText.bounded(message, maxBytes: Self.maxMessageBytes) }
    }
    /// The chunk (file) the error points to, when known, e.g. `probe.lua`.
    public var file: String? {
        didSet { file = file.map { PluginText.bounded($0, maxBytes: Self.maxFileBytes) } }
    }
    /// The line the error points to, when known.
    public var line: Int?
    /// The Lua stack traceback at the point of the error, when known: at most
    /// ``maxTracebackBytes`` bytes, control characters other than line breaks and tabs escaped.
    public var traceback: String? {
        didSet { traceback = traceback.map(Self.boundedTraceback) }
    }

    /// Creates an error; `file` and `line` are taken from a `file:line:` prefix of
    /// `message` when not given. The texts are bounded and escaped (see ``PluginText``).
    public init(kind: Kind, message: String, file: String? = nil, line: Int? = nil, traceback: String? = nil) {
        let located = LuaError.splitLocation(message)
        self.kind = kind
        self.message = PluginText.bounded(file == nil && line == nil ? located.message : message, maxBytes: Self.maxMessageBytes)
        self.file = (file ?? located.file).map { PluginText.bounded($0, maxBytes: Self.maxFileBytes) }
        self.line = line ?? located.line
        self.traceback = traceback.map(Self.boundedTraceback)
    }

    static func boundedTraceback(_ text: String) -> String {
        PluginText.bounded(text, maxBytes: maxTracebackBytes, keepingLineBreaks: true)
    }

    /// `file:line` when known, else the file, else nil.
    public var location: String? {
        guard let file else { return nil }
        if let line { return "\(file):\(line)" }
        return file
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(message) (\(advice))"
    }

    /// What to do about this kind of error.
    public var advice: String {
        switch kind {
        case .syntax: "fix the Lua syntax at the place shown"
        case .runtime: "fix the Lua code at the place shown; the traceback shows how it was reached"
        case .memory: "the plugin built more data than its memory limit allows; build less or ask the host for a higher limit"
        case .instructionBudget: "the call ran too long; look for an endless loop, or ask the host for a higher instruction budget"
        case .deadline: "the call ran past its deadline; look for an endless loop or slow code, or ask the host for a longer deadline"
        case .cancelled: "the host cancelled the call; run it again if that was not intended"
        case .invalidValue: "exchange only nil, booleans, numbers, UTF-8 strings and tables of them with the host"
        case .limitExceeded: "exchange smaller values, or ask the host for higher value limits"
        case .setup: "the Lua runtime could not start; check the host's memory"
        }
    }

    // Splits "name.lua:12: message" into its parts. Lua cuts chunk names to 60 bytes, so the
    // prefix is looked for in the first 512 bytes only: a long message is not copied to find it.
    static func splitLocation(_ text: String) -> (file: String?, line: Int?, message: String) {
        let bytes = Array(text.utf8.prefix(512))
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: ":"), index > 0 {
                var end = index + 1
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: ":") {
                    let file = String(decoding: bytes[..<index], as: UTF8.self)
                    let line = Int(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                    var rest = end + 1
                    if rest < bytes.count, bytes[rest] == UInt8(ascii: " ") { rest += 1 }
                    return (file, line, String(decoding: text.utf8.dropFirst(rest), as: UTF8.self))
                }
            }
            index += 1
        }
        return (nil, nil, text)
    }
}
