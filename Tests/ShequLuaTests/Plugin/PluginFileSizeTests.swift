import Foundation
import Testing
@testable import ShequLua

/// Plugin files are checked before they are read: their size by stat, then at most one
/// byte past the limit is read, so a file that grows, a FIFO or a device can neither fill
/// memory nor block the host.
@Suite("Plugin files are bounded before they are read")
struct PluginFileSizeTests {
    static let manifest = "return { id = 'a.b', version = '1.0.0', api = 1, hooks = {} }"

    private func folder(_ files: [String: String]) throws -> URL {
        let url = try Fixtures.temporaryFolder()
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    @Test("a file over the limit is refused, naming the limit")
    func oversizeFile() throws {
        let url = try folder(["plugin.lua": Self.manifest, "big.lua": String(repeating: "-- x\n", count: 1000)])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: PluginError.self) { try PluginSource.read(from: url, limits: PluginFileLimits(maxFileBytes: 1000)) }
        #expect(error?.kind == .files)
        #expect(error?.file == "big.lua")
        #expect(error?.message.contains("PluginFileLimits.maxFileBytes") == true, "\(error?.message ?? "")")
    }

    @Test("files over the total are refused, naming the limit")
    func oversizeTotal() throws {
        let url = try folder(["plugin.lua": Self.manifest, "a.lua": String(repeating: "x", count: 600), "b.lua": String(repeating: "x", count: 600)])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: PluginError.self) {
            try PluginSource.read(from: url, limits: PluginFileLimits(maxFileBytes: 1000, maxTotalBytes: 1000))
        }
        #expect(error?.message.contains("PluginFileLimits.maxTotalBytes") == true, "\(error?.message ?? "")")
    }

    @Test("a FIFO named like a module is refused at once, not waited on")
    func fifo() throws {
        let url = try folder(["plugin.lua": Self.manifest])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(mkfifo(url.appendingPathComponent("rules.lua").path, 0o644) == 0)
        let started = ContinuousClock.now
        let error = #expect(throws: PluginError.self) { try PluginSource.read(from: url) }
        #expect(error?.message.contains("not a regular file") == true, "\(error?.message ?? "")")
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("a link to a device is refused")
    func device() throws {
        let url = try folder(["plugin.lua": Self.manifest])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("zero.lua").path, withDestinationPath: "/dev/zero")
        #expect(throws: PluginError.self) { try PluginSource.read(from: url) }
    }

    @Test("a file name with a control character is refused, escaped in the message")
    func controlCharacterName() throws {
        let url = try folder(["plugin.lua": Self.manifest, "tests/a\u{1b}[2J_test.lua": "test('x', function() end)"])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: PluginError.self) { try PluginSource.read(from: url) }
        #expect(error?.message.contains("control character") == true)
        #expect(error?.description.contains("\u{1b}") == false)
    }

    @Test("files within the limits read as before")
    func withinLimits() throws {
        let url = try folder(["plugin.lua": Self.manifest, "rules/points.lua": "return {}"])
        defer { try? FileManager.default.removeItem(at: url) }
        let source = try PluginSource.read(from: url)
        #expect(source.modules["rules.points"]?.text == "return {}")
        #expect(source.manifestText == Self.manifest)
    }
}
