import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            // File names become chunk names, error locations and report lines: printable only.
            guard !relative.unicodeScalars.contains(where: { PluginText.needsEscape($0, keepingLineBreaks: false) }) else {
                throw PluginError(kind: .files, message: "\(PluginText.quoted(relative)) has a control character in its name; give plugin files printable names", file: relative)
            }
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
            let data = try readFile(atPath: real, relative: relative, maxBytes: min(limits.maxFileBytes, limits.maxTotalBytes - totalBytes), limits: limits)
            totalBytes += data.count
            guard totalBytes <= limits.maxTotalBytes else {
                throw PluginError(kind: .files, message: "the plugin's files exceed \(limits.maxTotalBytes) bytes together", file: relative)
            }
            guard let text = String(validating: data, as: UTF8.self) else {
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

    // Reads at most `maxBytes` of a regular file: its size is checked before reading, and the
    // read stops one byte past the limit, so a file that grows, a FIFO or a device can neither
    // fill memory nor block (FIFOs and devices are refused before a byte is read).
    private static func readFile(atPath path: String, relative: String, maxBytes: Int, limits: PluginFileLimits) throws(PluginError) -> [UInt8] {
        func refuse(_ message: String) -> PluginError {
            PluginError(kind: .files, message: message, file: relative)
        }
        func tooLarge(_ size: Int) -> PluginError {
            maxBytes < limits.maxFileBytes
                ? refuse("the plugin's files exceed \(limits.maxTotalBytes) bytes together (PluginFileLimits.maxTotalBytes)")
                : refuse("\(relative) has \(size) bytes or more, more than the limit of \(limits.maxFileBytes) (PluginFileLimits.maxFileBytes)")
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw refuse("cannot read \(relative)") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw refuse("\(relative) is not a regular file (a FIFO, device or socket); a plugin holds only plain text files")
        }
        guard Int(info.st_size) <= maxBytes else { throw tooLarge(Int(info.st_size)) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw refuse("cannot read \(relative)") }
        defer { close(descriptor) }
        // The file may have been replaced between stat and open: check what was opened.
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw refuse("\(relative) is not a regular file (a FIFO, device or socket); a plugin holds only plain text files")
        }
        var bytes = [UInt8](repeating: 0, count: maxBytes + 1)
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw refuse("cannot read \(relative)") }
            if read == 0 { break }
            count += read
        }
        guard count <= maxBytes else { throw tooLarge(count) }
        bytes.removeSubrange(count...)
        return bytes
    }
}

// read(2), named apart from the local results called `read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
