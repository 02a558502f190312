import Foundation
@testable import ShequLua

/// Locates the fixture plugin folders next to this file.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func plugin(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    /// A plugin held in memory: a manifest and modules by path.
    static func source(manifest: String, files: [String: String] = [:], tests: [String: String] = [:]) -> PluginSource {
        var modules: [String: LuaModuleFile] = [:]
        for (path, text) in files {
            let name = String(path.dropLast(4)).split(separator: "/").joined(separator: ".")
            modules[name] = LuaModuleFile(path: path, text: text)
        }
        let testFiles = tests.sorted { $0.key < $1.key }.map { LuaModuleFile(path: $0.key, text: $0.value) }
        return PluginSource(manifestText: manifest, modules: modules, tests: testFiles)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
