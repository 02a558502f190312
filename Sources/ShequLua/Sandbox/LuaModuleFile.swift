/// The source text of one Lua module a sandbox may `require`, read by the host
/// ahead of time so that running never touches the file system.
///
/// ```swift
/// let rules = LuaModuleFile(path: "rules/points.lua", text: "return { base = 10 }")
/// let sandbox = try LuaSandbox(modules: ["rules.points": rules])
/// try sandbox.run("return require('rules.points').base", chunkName: "probe.lua") // [.integer(10)]
/// ```
public struct LuaModuleFile: Sendable, Hashable {
    /// The path relative to the plugin folder, as error messages show it (`rules/points.lua`).
    public var path: String
    /// The module's source text.
    public var text: String

    /// Creates a module file.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Whether `name` is an acceptable module name: dot-separated segments of
    /// letters, digits, `_` and `-`; no path separators, no `..`, not absolute.
    public static func isValidModuleName(_ name: String) -> Bool {
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !segments.isEmpty else { return false }
        return segments.allSatisfy { segment in
            !segment.isEmpty && segment.utf8.allSatisfy { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2D
            }
        }
    }
}
