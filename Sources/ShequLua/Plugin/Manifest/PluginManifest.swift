/// The description of a plugin, returned as a table by its `plugin.lua`.
///
/// ```lua
/// -- plugin.lua
/// return {
///   id = "xinyang.guangshan.points",   -- required: dotted lowercase
///   version = "1.2.0",                 -- required: semantic version
///   api = 1,                           -- required: shequ API version
///   county = "411522",                 -- optional: 6-digit county code or "*"
///   title = "积分规则", description = "……",
///   hooks = { score = "rules.points.score" },   -- hook name -> module.function
///   limits = { memory = 8388608, instructions = 10000000, deadline_ms = 500 },
///   config = { base = 10 },
/// }
/// ```
///
/// Unknown fields are errors unless a ``PluginManifestExtension`` accepts them.
public struct PluginManifest: Sendable, Hashable {
    /// The plugin's id, e.g. `xinyang.guangshan.points`.
    public var id: String
    /// The plugin's semantic version, e.g. `1.2.0`.
    public var version: String
    /// The `shequ` API version the plugin is written against.
    public var api: Int
    /// The 6-digit county code the plugin is for, `*` for any, nil when not given.
    public var county: String?
    /// A short title for people.
    public var title: String?
    /// A longer description for people.
    public var description: String?
    /// Hook name to the function that implements it.
    public var hooks: [String: PluginHookTarget]
    /// Limits the plugin asks for (only lower than the host's take effect).
    public var limits: PluginLimitRequest
    /// The plugin's default configuration, returned (merged with the host's
    /// overrides) by `shequ.config()`.
    public var config: LuaTable
    /// Every field as written, for extensions.
    public var raw: LuaTable

    /// The API versions this runtime supports.
    public static let supportedAPIVersions: Set<Int> = [1]
    /// The fields every manifest may have.
    public static let builtInFields: Set<String> = [
        "id", "version", "api", "county", "title", "description", "hooks", "limits", "config",
    ]

    /// Validates a manifest table. `source` (the text of plugin.lua) is used to
    /// point errors at a line.
    public init(table: LuaTable, source: String = "", extensions: [PluginManifestExtension] = []) throws(PluginError) {
        var reader = ManifestReader(table: table, source: source)
        let id = try reader.requiredString("id")
        reader.pluginID = id
        guard Self.isValidID(id) else {
            throw reader.error("id", "\(PluginText.quoted(id)) is not a plugin id: use dotted lowercase names such as \"xinyang.guangshan.points\"")
        }
        self.id = id
        version = try reader.requiredString("version")
        guard Self.isSemanticVersion(version) else {
            throw reader.error("version", "\(PluginText.quoted(version)) is not a semantic version such as \"1.2.0\"")
        }
        let api = try reader.requiredInteger("api")
        guard Self.supportedAPIVersions.contains(Int(api)) else {
            throw reader.error("api", "API version \(api) is not supported; this runtime supports \(Self.supportedAPIVersions.sorted().map(String.init).joined(separator: ", "))")
        }
        self.api = Int(api)
        county = try reader.optionalString("county")
        if let county, county != "*", !(county.utf8.count == 6 && county.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) {
            throw reader.error("county", "\(PluginText.quoted(county)) is not a 6-digit county code or \"*\"")
        }
        title = try reader.optionalString("title")
        description = try reader.optionalString("description")
        hooks = try reader.hooks()
        limits = try reader.limits()
        config = try reader.optionalTable("config") ?? LuaTable()
        raw = table

        let allowed = extensions.reduce(into: Self.builtInFields) { $0.formUnion($1.fields) }
        for key in table.sortedEntries.map(\.key) {
            guard case .string(let name) = key, allowed.contains(name) else {
                let name = if case .string(let name) = key { name } else { "\(key.value)" }
                throw reader.error(name, "unknown field; the manifest fields are \(allowed.sorted().joined(separator: ", "))")
            }
        }
        for manifestExtension in extensions {
            do {
                try manifestExtension.validate(self)
            } catch let error as PluginError {
                var error = error
                error.pluginID = error.pluginID ?? id
                error.file = error.file ?? "plugin.lua"
                if error.line == nil, let field = error.field { error.line = reader.line(of: field) }
                throw error
            } catch {
                throw PluginError(kind: .manifest, message: String(describing: error), pluginID: id, file: "plugin.lua")
            }
        }
    }

    /// Whether `id` is dotted lowercase: at least two segments of `a-z`, `0-9`, `_`, each starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        let segments = id.split(separator: ".", omittingEmptySubsequences: false)
        return segments.count >= 2 && segments.allSatisfy { segment in
            guard let first = segment.utf8.first, first >= 0x61, first <= 0x7A else { return false }
            return segment.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        }
    }

    /// Whether `text` is a semantic version (`MAJOR.MINOR.PATCH`, optional `-pre` and `+build`).
    public static func isSemanticVersion(_ text: String) -> Bool {
        var core = Substring(text)
        if let plus = core.firstIndex(of: "+") {
            let build = core[core.index(after: plus)...]
            guard isDottedIdentifiers(build) else { return false }
            core = core[..<plus]
        }
        if let dash = core.firstIndex(of: "-") {
            let pre = core[core.index(after: dash)...]
            guard isDottedIdentifiers(pre) else { return false }
            core = core[..<dash]
        }
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        return numbers.count == 3 && numbers.allSatisfy { number in
            !number.isEmpty && number.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (number == "0" || number.first != "0")
        }
    }

    private static func isDottedIdentifiers(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D
            }
        }
    }
}

// Reads typed fields out of the manifest table, producing errors that name the field and line.
struct ManifestReader {
    let table: LuaTable
    let source: String
    var pluginID: String?

    init(table: LuaTable, source: String) {
        self.table = table
        self.source = source
    }

    func error(_ field: String, _ message: String) -> PluginError {
        PluginError(kind: .manifest, message: message, pluginID: pluginID, file: "plugin.lua", line: line(of: field), field: field)
    }

    /// The first line that assigns the field's last component (`name =`), if any.
    func line(of field: String) -> Int? {
        let name = field.split(separator: ".").last.map(String.init) ?? field
        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "," })
            let quoted = rest.hasPrefix("[\"") || rest.hasPrefix("['")
            if quoted { rest = rest.dropFirst(2) }
            guard rest.hasPrefix(name) else { continue }
            rest = rest.dropFirst(name.count)
            if quoted { rest = rest.dropFirst(2) }
            if rest.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") { return offset + 1 }
        }
        return nil
    }

    private func typeError(_ field: String, expected: String, got value: LuaValue) -> PluginError {
        error(field, "\(expected) expected, got \(value.typeName)")
    }

    func requiredString(_ field: String) throws(PluginError) -> String {
        guard let value = table[field], value != .nil else { throw error(field, "required field is missing") }
        guard case .string(let string) = value else { throw typeError(field, expected: "string", got: value) }
        return string
    }

    func optionalString(_ field: String) throws(PluginError) -> String? {
        guard let value = table[field], value != .nil else { return nil }
        guard case .string(let string) = value else { throw typeError(field, expected: "string", got: value) }
        return string
    }

    func requiredInteger(_ field: String) throws(PluginError) -> Int64 {
        guard let value = table[field], value != .nil else { throw error(field, "required field is missing") }
        guard case .integer(let integer) = value else { throw typeError(field, expected: "integer", got: value) }
        return integer
    }

    func optionalTable(_ field: String) throws(PluginError) -> LuaTable? {
        guard let value = table[field], value != .nil else { return nil }
        guard case .table(let table) = value else { throw typeError(field, expected: "table", got: value) }
        return table
    }

    func hooks() throws(PluginError) -> [String: PluginHookTarget] {
        guard let table = try optionalTable("hooks") else { throw error("hooks", "required field is missing") }
        guard table.array.isEmpty else {
            throw error("hooks", "must map hook names to \"module.function\", e.g. { score = \"rules.score\" }")
        }
        var hooks: [String: PluginHookTarget] = [:]
        for (key, value) in table.sortedEntries {
            guard case .string(let name) = key, LuaModuleFile.isValidModuleName(name), !name.contains(".") else {
                throw error("hooks", "hook name \(PluginText.quoted("\(key.value)")) is not a name such as \"score\"")
            }
            guard case .string(let text) = value else {
                throw typeError("hooks.\(name)", expected: "string \"module.function\"", got: value)
            }
            guard let target = PluginHookTarget(text) else {
                throw error("hooks.\(name)", "\(PluginText.quoted(text)) is not \"module.function\", e.g. \"rules.points.score\" for function score in rules/points.lua")
            }
            hooks[name] = target
        }
        return hooks
    }

    func limits() throws(PluginError) -> PluginLimitRequest {
        guard let table = try optionalTable("limits") else { return PluginLimitRequest() }
        var request = PluginLimitRequest()
        for (key, value) in table.sortedEntries {
            let name = if case .string(let name) = key { name } else { "\(key.value)" }
            guard case .integer(let number) = value, number > 0 else {
                throw error("limits.\(name)", "must be a positive integer")
            }
            switch name {
            case "memory": request.memoryBytes = Int(number)
            case "instructions": request.instructionsPerCall = number
            case "deadline_ms": request.deadlineMilliseconds = number
            default: throw error("limits.\(name)", "unknown limit; the limits are memory, instructions, deadline_ms")
            }
        }
        return request
    }
}
