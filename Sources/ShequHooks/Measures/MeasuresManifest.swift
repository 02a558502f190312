import ShequCore
import ShequLua

/// The manifest fields of a plugin that provides the `measures` hook: its declared
/// measures with their bounds (`measures = { … }`, 条例第三十条) and the facts it needs
/// beyond the defaults (`needs = { "care" }`).
///
/// The declaration is checked when the plugin loads; load plugins with
/// ``MeasuresManifest/host(_:)`` so the fields are known and checked.
///
/// ```swift
/// let plugin = try Plugin.load(from: folder, host: MeasuresManifest.host(PluginHost()))
/// let bounds = try MeasuresManifest.bounds(of: plugin)
/// ```
public enum MeasuresManifest {
    /// The facts a plugin may ask for in `needs`. Care categories are sensitive and
    /// given only to plugins that declare the need.
    public static let knownNeeds: Set<String> = ["care"]

    /// The manifest extension: accepts `measures` and `needs`, and checks them at load.
    public static let manifestExtension = PluginManifestExtension(fields: ["measures", "needs"]) { manifest in
        if manifest.hooks[MeasuresHook.name] != nil || manifest.raw["measures"] != nil {
            _ = try bounds(of: manifest)
        }
        _ = try needs(of: manifest)
    }

    /// `host` with the `measures` manifest extension added.
    public static func host(_ host: PluginHost) -> PluginHost {
        var host = host
        host.manifestExtensions.append(manifestExtension)
        return host
    }

    /// The validated bounds a plugin declared for its measures.
    ///
    /// - Throws: ``PluginError`` of kind `.manifest` naming `plugin.lua` and the field.
    public static func bounds(of plugin: Plugin) throws(PluginError) -> MeasureBounds {
        try bounds(of: plugin.manifest)
    }

    /// The facts a plugin declared it needs (`needs = { "care" }`).
    public static func needs(of plugin: Plugin) throws(PluginError) -> Set<String> {
        try needs(of: plugin.manifest)
    }

    static func bounds(of manifest: PluginManifest) throws(PluginError) -> MeasureBounds {
        guard case .table(let list)? = manifest.raw["measures"] else {
            throw PluginError(kind: .manifest, message: "a plugin with the 'measures' hook must declare the measures it can produce: measures = { { kind = \"award_points\", max_points_per_event = 10 }, … } (see docs/conventions.md)", pluginID: manifest.id, file: "plugin.lua", field: "measures")
        }
        guard list.fields.isEmpty else {
            throw PluginError(kind: .manifest, message: "must be a list of tables, one per measure kind", pluginID: manifest.id, file: "plugin.lua", field: "measures")
        }
        var declared: [DeclaredMeasure] = []
        for (index, item) in list.array.enumerated() {
            let field = "measures[\(index + 1)]"
            guard case .table(let entry) = item else {
                throw PluginError(kind: .manifest, message: "must be a table such as { kind = \"commendation\" }", pluginID: manifest.id, file: "plugin.lua", field: field)
            }
            func strings(_ name: String) throws(PluginError) -> [String]? {
                guard let value = entry[name] else { return nil }
                guard case .table(let table) = value, table.fields.isEmpty,
                      let texts = Optional(table.array.compactMap(\.stringValue)), texts.count == table.array.count else {
                    throw PluginError(kind: .manifest, message: "must be a list of strings", pluginID: manifest.id, file: "plugin.lua", field: "\(field).\(name)")
                }
                return texts
            }
            func integer(_ name: String) throws(PluginError) -> Int? {
                guard let value = entry[name] else { return nil }
                guard let number = value.integerValue ?? value.doubleValue.flatMap({ $0 == $0.rounded() ? Int64(exactly: $0) : nil }) else {
                    throw PluginError(kind: .manifest, message: "must be a whole number", pluginID: manifest.id, file: "plugin.lua", field: "\(field).\(name)")
                }
                return Int(number)
            }
            let known: Set<String> = ["kind", "topics", "articles", "max_points_per_event", "max_points_per_period", "period"]
            for key in entry.fields.keys {
                guard case .string(let name) = key, known.contains(name) else {
                    throw PluginError(kind: .manifest, message: "unknown field; a declared measure has \(known.sorted().joined(separator: ", "))", pluginID: manifest.id, file: "plugin.lua", field: "\(field).\(key.value)")
                }
            }
            guard let kind = entry["kind"]?.stringValue else {
                throw PluginError(kind: .manifest, message: "must name the measure kind, e.g. \"award_points\"", pluginID: manifest.id, file: "plugin.lua", field: "\(field).kind")
            }
            declared.append(DeclaredMeasure(
                kind: kind, topics: try strings("topics"), articles: try strings("articles"),
                maxPointsPerEvent: try integer("max_points_per_event"), maxPointsPerPeriod: try integer("max_points_per_period"),
                period: entry["period"]?.stringValue))
        }
        let declaration = MeasureDeclaration(plugin: PluginReference(id: manifest.id, version: manifest.version), measures: declared)
        do {
            return try declaration.validate(file: "plugin.lua")
        } catch {
            throw PluginError(kind: .manifest, message: error.problem, pluginID: manifest.id, file: "plugin.lua", field: error.field)
        }
    }

    static func needs(of manifest: PluginManifest) throws(PluginError) -> Set<String> {
        guard let value = manifest.raw["needs"] else { return [] }
        guard case .table(let table) = value, table.fields.isEmpty else {
            throw PluginError(kind: .manifest, message: "must be a list such as { \"care\" }", pluginID: manifest.id, file: "plugin.lua", field: "needs")
        }
        var needs: Set<String> = []
        for (index, item) in table.array.enumerated() {
            guard let need = item.stringValue, knownNeeds.contains(need) else {
                throw PluginError(kind: .manifest, message: "unknown need; a plugin may ask for \(knownNeeds.sorted().joined(separator: ", "))", pluginID: manifest.id, file: "plugin.lua", field: "needs[\(index + 1)]")
            }
            needs.insert(need)
        }
        return needs
    }
}
