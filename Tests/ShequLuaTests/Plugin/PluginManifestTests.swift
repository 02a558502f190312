import Testing
@testable import ShequLua

@Suite("Plugin manifest")
struct PluginManifestTests {
    private let module = ["rules.lua": "return { score = function(input) return input end }"]

    private func load(_ manifest: String, files: [String: String]? = nil, host: PluginHost = PluginHost()) throws -> Plugin {
        try Plugin.load(source: Fixtures.source(manifest: manifest, files: files ?? module), host: host)
    }

    private func manifestError(_ manifest: String, files: [String: String]? = nil, host: PluginHost = PluginHost()) -> PluginError? {
        #expect(throws: PluginError.self) { try load(manifest, files: files, host: host) }
    }

    @Test("a valid manifest loads with every field")
    func valid() throws {
        let plugin = try load("""
            return {
              id = "xinyang.guangshan.points", version = "1.2.0-beta.1+build.5", api = 1, county = "*",
              title = "积分", description = "说明",
              hooks = { score = "rules.score" },
              limits = { memory = 8388608, instructions = 1000, deadline_ms = 99999 },
              config = { base = 10 },
            }
            """)
        #expect(plugin.manifest.id == "xinyang.guangshan.points")
        #expect(plugin.manifest.hooks["score"] == PluginHookTarget("rules.score"))
        #expect(plugin.limits.memoryBytes == 8_388_608)
        #expect(plugin.limits.instructionsPerCall == 1000)
        // A plugin cannot raise the host's deadline.
        #expect(plugin.limits.deadline == .seconds(2))
    }

    @Test("a missing id names the field and plugin.lua")
    func missingID() {
        let error = manifestError("return {\n  version = '1.0.0', api = 1, hooks = { score = 'rules.score' } }")
        #expect(error?.kind == .manifest)
        #expect(error?.field == "id")
        #expect(error?.file == "plugin.lua")
        #expect(error?.description.contains("plugin.lua") == true)
    }

    @Test("a bad id is refused")
    func badID() {
        let error = manifestError("return { id = 'Guangshan Points', version = '1.0.0', api = 1, hooks = { score = 'rules.score' } }")
        #expect(error?.field == "id")
    }

    @Test("a bad version string names the line")
    func badVersion() {
        let error = manifestError("""
            return {
              id = "xinyang.guangshan.points",
              version = "1.x",
              api = 1,
              hooks = { score = "rules.score" },
            }
            """)
        #expect(error?.field == "version")
        #expect(error?.line == 3)
        #expect(error?.pluginID == "xinyang.guangshan.points")
        #expect(error?.description.hasPrefix("plugin.lua:3: field 'version'") == true)
        #expect(!PluginManifest.isSemanticVersion("01.0.0"))
        #expect(PluginManifest.isSemanticVersion("10.20.30"))
    }

    @Test("an unsupported api version is refused")
    func unsupportedAPI() {
        let error = manifestError("return { id = 'a.b', version = '1.0.0', api = 2, hooks = { score = 'rules.score' } }")
        #expect(error?.field == "api")
        #expect(error?.message.contains("not supported") == true)
    }

    @Test("a wrong field type is refused")
    func wrongType() {
        let error = manifestError("return { id = 'a.b', version = 1, api = 1, hooks = { score = 'rules.score' } }")
        #expect(error?.field == "version")
        #expect(error?.message == "string expected, got number")
        let county = manifestError("return { id = 'a.b', version = '1.0.0', api = 1, county = '4115', hooks = { score = 'rules.score' } }")
        #expect(county?.field == "county")
        let limits = manifestError("return { id = 'a.b', version = '1.0.0', api = 1, limits = { cpu = 1 }, hooks = { score = 'rules.score' } }")
        #expect(limits?.field == "limits.cpu")
    }

    @Test("an unknown field is refused unless an extension accepts it")
    func unknownField() throws {
        let manifest = "return { id = 'a.b', version = '1.0.0', api = 1, measures = {}, hooks = { score = 'rules.score' } }"
        let error = manifestError(manifest)
        #expect(error?.field == "measures")
        #expect(error?.message.contains("unknown field") == true)
        let measures = PluginManifestExtension(fields: ["measures"]) { manifest in
            guard manifest.raw["measures"]?.tableValue?.isEmpty == false else {
                throw PluginError(kind: .manifest, message: "must list at least one measure", field: "measures")
            }
        }
        let extended = manifestError(manifest, host: PluginHost(manifestExtensions: [measures]))
        #expect(extended?.field == "measures")
        #expect(extended?.message == "must list at least one measure")
        #expect(extended?.pluginID == "a.b")
        let accepted = try load(
            "return { id = 'a.b', version = '1.0.0', api = 1, measures = { 'x' }, hooks = { score = 'rules.score' } }",
            host: PluginHost(manifestExtensions: [measures]))
        #expect(accepted.manifest.raw["measures"] == ["x"])
    }

    @Test("a hook pointing to a missing module is refused")
    func missingModule() {
        let error = manifestError("return { id = 'a.b', version = '1.0.0', api = 1, hooks = { score = 'nowhere.score' } }")
        #expect(error?.kind == .hookTarget)
        #expect(error?.field == "hooks.score")
        #expect(error?.message.contains("nowhere.lua") == true)
    }

    @Test("a hook pointing to a missing function is refused")
    func missingFunction() {
        let error = manifestError("""
            return {
              id = 'a.b', version = '1.0.0', api = 1,
              hooks = {
                score = 'rules.nothing',
              },
            }
            """)
        #expect(error?.kind == .hookTarget)
        #expect(error?.message.contains("no function 'nothing'") == true)
        #expect(error?.line == 4)
    }

    @Test("a hook target that is not module.function is refused")
    func malformedHook() {
        let error = manifestError("return { id = 'a.b', version = '1.0.0', api = 1, hooks = { score = 'score' } }")
        #expect(error?.field == "hooks.score")
        let missing = manifestError("return { id = 'a.b', version = '1.0.0', api = 1 }")
        #expect(missing?.field == "hooks")
    }

    @Test("a manifest that does not return a table, or fails, is refused")
    func notATable() {
        #expect(manifestError("return 42")?.kind == .manifest)
        let syntax = manifestError("return {\n  id = \n}")
        #expect(syntax?.file == "plugin.lua")
        #expect(syntax?.line == 3)
        #expect(syntax?.lua?.kind == .syntax)
    }

    @Test("a module that fails while loading is reported with its file and line")
    func moduleLoadError() {
        let error = manifestError(
            "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { score = 'rules.score' } }",
            files: ["rules.lua": "local M = {}\nlocal x = nil\nx.y = 1\nreturn M"])
        #expect(error?.kind == .lua)
        #expect(error?.file == "rules.lua")
        #expect(error?.line == 3)
    }

    @Test("limits from a manifest only lower the host's")
    func narrowing() {
        let host = LuaLimits()
        let request = PluginLimitRequest(memoryBytes: 1 << 40, instructionsPerCall: 10, deadlineMilliseconds: 100)
        let limits = request.applied(to: host)
        #expect(limits.memoryBytes == host.memoryBytes)
        #expect(limits.instructionsPerCall == 10)
        #expect(limits.deadline == .milliseconds(100))
    }
}
