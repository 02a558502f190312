/// Extra manifest fields and checks that other parts of the SDK add, such as
/// typed hooks (`measures`, `grids`) and their own manifest fields.
///
/// ```swift
/// let measures = PluginManifestExtension(fields: ["measures"]) { manifest in
///     guard manifest.raw["measures"]?.tableValue != nil else {
///         throw PluginError(kind: .manifest, message: "must be a table", file: "plugin.lua", field: "measures")
///     }
/// }
/// let host = PluginHost(manifestExtensions: [measures])
/// ```
public struct PluginManifestExtension: Sendable {
    /// Manifest fields this extension accepts (and checks in ``validate``).
    public var fields: Set<String>
    /// Checks the manifest once the built-in fields are valid; throws a ``PluginError``
    /// naming the field. ``PluginManifest/raw`` holds every field as written.
    public var validate: @Sendable (PluginManifest) throws -> Void

    /// Creates an extension.
    public init(fields: Set<String> = [], validate: @escaping @Sendable (PluginManifest) throws -> Void = { _ in }) {
        self.fields = fields
        self.validate = validate
    }
}
