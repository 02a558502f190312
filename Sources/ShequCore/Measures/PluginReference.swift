/// Names the plugin, and its version, that produced a measure.
///
/// ```swift
/// let plugin = PluginReference(id: "xinyang.guangshan.points", version: "1.0.0")
/// ```
public struct PluginReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The plugin's dotted id.
    public let id: String
    /// The plugin's version.
    public let version: String

    /// Refers to `version` of plugin `id`.
    public init(id: String, version: String) {
        self.id = id
        self.version = version
    }

    public var description: String { "\(id)@\(version)" }
}
