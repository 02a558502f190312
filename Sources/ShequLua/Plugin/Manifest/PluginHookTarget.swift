/// Where a hook's function lives: `"rules.points.score"` is the function
/// `score` of the module `rules.points` (the file `rules/points.lua`).
///
/// ```swift
/// let target = PluginHookTarget("rules.points.score")!
/// target.module    // "rules.points"
/// target.function  // "score"
/// target.path      // "rules/points.lua"
/// ```
public struct PluginHookTarget: Sendable, Hashable, CustomStringConvertible {
    /// The dotted module name.
    public var module: String
    /// The function's field name in the module table.
    public var function: String

    /// Parses `"module.function"`; nil when there is no module part or a part is not a valid name.
    public init?(_ text: String) {
        guard let dot = text.lastIndex(of: ".") else { return nil }
        let module = String(text[..<dot])
        let function = String(text[text.index(after: dot)...])
        guard LuaModuleFile.isValidModuleName(module), LuaModuleFile.isValidModuleName(function),
              !function.contains("-")
        else { return nil }
        self.module = module
        self.function = function
    }

    /// The module's file, relative to the plugin folder.
    public var path: String { module.split(separator: ".").joined(separator: "/") + ".lua" }

    public var description: String { "\(module).\(function)" }
}
