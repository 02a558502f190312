import Foundation
import Testing
@testable import ShequLua

@Suite("Plugin require")
struct PluginRequireTests {
    private let manifest = "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { run = 'main.run' } }"

    private func run(_ body: String, files: [String: String] = [:]) async throws -> LuaValue {
        var all = files
        all["main.lua"] = "return { run = function(input) \(body) end }"
        let plugin = try Plugin.load(source: Fixtures.source(manifest: manifest, files: all))
        return try await PluginInstance(plugin: plugin).invoke(hook: "run", input: .nil)
    }

    @Test("require resolves dotted names to files in subfolders, once per state")
    func dottedNames() async throws {
        let result = try await run(
            "local a = require('lib.count') local b = require('lib.count') return { a.n, rawequal(a, b) }",
            files: ["lib/count.lua": "loads = (loads or 0) + 1 return { n = loads }"])
        #expect(result == [1, true])
    }

    @Test("require cannot leave the plugin folder", arguments: ["../x", "/etc/passwd", "..", "lib/../../x", "x/y", ""])
    func outside(name: String) async throws {
        let result = try await run("local ok, message = pcall(require, '\(name)') return { ok, message }")
        #expect(result.tableValue?[.integer(1)] == false)
        #expect(result.tableValue?[.integer(2)]?.stringValue?.contains("is not allowed") == true)
    }

    @Test("a missing module's error names the module")
    func missing() async throws {
        let result = try await run("local ok, message = pcall(require, 'rules.absent') return message")
        #expect(result.stringValue?.contains("module 'rules.absent' not found") == true)
        #expect(result.stringValue?.contains("rules/absent.lua") == true)
    }

    @Test("a symlink leading outside the plugin folder is refused at load")
    func symlinkOut() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try manifest.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        try "return { run = function() return require('secret') end }"
            .write(to: folder.appendingPathComponent("main.lua"), atomically: true, encoding: .utf8)
        try "return 'secret'".write(to: outside.appendingPathComponent("secret.lua"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("secret.lua"), withDestinationURL: outside.appendingPathComponent("secret.lua"))
        let error = #expect(throws: PluginError.self) { try Plugin.load(from: folder) }
        #expect(error?.kind == .files)
        #expect(error?.file == "secret.lua")
        #expect(error?.message.contains("outside the plugin folder") == true)
    }

    @Test("a symlink within the plugin folder is fine")
    func symlinkInside() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try manifest.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        try "return { run = function() return require('alias').v end }"
            .write(to: folder.appendingPathComponent("main.lua"), atomically: true, encoding: .utf8)
        try "return { v = 7 }".write(to: folder.appendingPathComponent("real.lua"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("alias.lua"), withDestinationURL: folder.appendingPathComponent("real.lua"))
        let plugin = try Plugin.load(from: folder)
        #expect(try await PluginInstance(plugin: plugin).invoke(hook: "run", input: .nil) == 7)
    }

    @Test("plugin files are bounded in count and size")
    func fileLimits() throws {
        let error = #expect(throws: PluginError.self) {
            try Plugin.load(from: Fixtures.plugin("points"), host: PluginHost(fileLimits: PluginFileLimits(maxFiles: 2)))
        }
        #expect(error?.kind == .files)
        #expect(error?.message.contains("more than 2") == true)
        let missing = #expect(throws: PluginError.self) { try Plugin.load(from: Fixtures.folder) }
        #expect(missing?.message.contains("plugin.lua is missing") == true)
    }
}
