import ShequCore
import ShequLua

/// How the communities of one county are divided into grids (Art. 34).
public enum DivisionMethod: Sendable {
    /// ``BuiltInDivision`` with `parameters`, or with ``DivisionParameters/defaults(for:)``
    /// for each community's kind when `nil`.
    case builtIn(parameters: DivisionParameters?)
    /// A county's division plugin, called through ``DivisionHook`` on a pool of sandboxes.
    case plugin(PluginPool, parameters: DivisionParameters)

    /// A plugin method whose parameters come from the plugin's manifest `config`.
    public static func plugin(_ pool: PluginPool, kind: CommunityKind) -> DivisionMethod {
        .plugin(pool, parameters: DivisionParameters(pluginConfig: pool.plugin.config, fallback: .defaults(for: kind)))
    }

    /// The method's name in reports: the plugin id, or `built-in`.
    public var label: String {
        switch self {
        case .builtIn: "built-in"
        case .plugin(let pool, _): pool.plugin.manifest.id
        }
    }
}
