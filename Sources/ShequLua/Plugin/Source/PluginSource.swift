import Foundation

/// Every source file of a plugin, read once from its folder so that running
/// the plugin never touches the file system.
///
/// A plugin folder holds `plugin.lua` (the manifest), modules (`*.lua`, in
/// subfolders for dotted names) and tests (`tests/*_test.lua`).
///
/// ```swift
/// let source = try PluginSource.read(from: URL(fileURLWithPath: "Plugins/guangshan-points"))
/// source.modules["rules.points"]?.path // "rules/points.lua"
/// ```
public struct PluginSource: Sendable, Hashable {
    /// The folder the files were read from, when read from disk.
    public var folder: String?
    /// The text of `plugin.lua`.
    public var manifestText: String
    /// Every `.lua` file by dotted module name (`rules/points.lua` is `rules.points`).
    public var modules: [String: LuaModuleFile]
    /// The test files (`tests/*_test.lua`), sorted by path.
    public var tests: [LuaModuleFile]

    /// Creates a source from texts held in memory.
    public init(folder: String? = nil, manifestText: String, modules: [String: LuaModuleFile], tests: [LuaModuleFile] = []) {
        self.folder = folder
        self.manifestText = manifestText
        self.modules = modules
        self.tests = tests
    }

    /// Reads a plugin folder: every `.lua` file within the limits, refusing any
    /// symbolic link that leads outside the folder.
    public static func read(from folder: URL, limits: PluginFileLimits = PluginFileLimits()) throws(PluginError) -> PluginSource {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PluginError(kind: .files, message: "plugin folder \(folder.path) does not exist or is not a folder")
        }
        guard let paths = fileManager.subpaths(atPath: root.path) else {
            throw PluginError(kind: .files, message: "cannot list plugin folder \(folder.path)")
        }
        var manifestText: String?
        var modules: [String: LuaModuleFile] = [:]
        var tests: [LuaModuleFile] = []
        var totalBytes = 0
        var count = 0
        for relative in paths.sorted() where relative.hasSuffix(".lua") {
            let url = root.appendingPathComponent(relative)
            let real = url.resolvingSymlinksInPath().path
            guard real.hasPrefix(rootPath) else {
                throw PluginError(kind: .files, message: "\(relative) is a link that leads outside the plugin folder (to \(real)); plugins may only use their own files", file: relative)
            }
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            count += 1
            guard count <= limits.maxFiles else {
                throw PluginError(kind: .files, message: "the plugin has more than \(limits.maxFiles) .lua files", file: relative)
            }
            guard let data = fileManager.contents(atPath: real) else {
                throw PluginError(kind: .files, message: "cannot read \(relative)", file: relative)
            }
            guard data.count <= limits.maxFileBytes else {
                throw PluginError(kind: .files, message: "\(relative) has \(data.count) bytes, more than the limit of \(limits.maxFileBytes)", file: relative)
            }
            totalBytes += data.count
            guard totalBytes <= limits.maxTotalBytes else {
                throw PluginError(kind: .files, message: "the plugin's files exceed \(limits.maxTotalBytes) bytes together", file: relative)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw PluginError(kind: .files, message: "\(relative) is not valid UTF-8 text", file: relative)
            }
            let file = LuaModuleFile(path: relative, text: text)
            if relative == "plugin.lua" {
                manifestText = text
                continue
            }
            let name = String(relative.dropLast(4)).split(separator: "/").joined(separator: ".")
            if LuaModuleFile.isValidModuleName(name) {
                modules[name] = file
            }
            if relative.hasPrefix("tests/"), relative.hasSuffix("_test.lua") {
                tests.append(file)
            }
        }
        guard let manifestText else {
            throw PluginError(kind: .files, message: "plugin.lua is missing in \(folder.path); every plugin folder needs one", file: "plugin.lua")
        }
        return PluginSource(folder: root.path, manifestText: manifestText, modules: modules, tests: tests)
    }
}
