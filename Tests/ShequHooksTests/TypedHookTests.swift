import Foundation
import ShequLua
import Testing
@testable import ShequHooks

@Suite("Typed hooks")
struct TypedHookTests {
    struct Double: TypedHook {
        static let name = "double"
        struct Input: Encodable { var n: Int }
        struct Output: Decodable, Equatable { var n: Int }
    }

    func instance(_ body: String) throws -> PluginInstance {
        let source = PluginSource(
            manifestText: #"return { id = "tests.typed", version = "1.0.0", api = 1, hooks = { double = "m.double" } }"#,
            modules: ["m": LuaModuleFile(path: "m.lua", text: body)])
        return try PluginInstance(plugin: Plugin.load(source: source))
    }

    @Test func encodesInputAndDecodesOutput() async throws {
        let plugin = try instance("return { double = function(input) return { n = input.n * 2 } end }")
        #expect(try await Double.call(on: plugin, input: .init(n: 21)) == .init(n: 42))
    }

    @Test func aResultOfTheWrongShapeNamesThePluginAndHook() async throws {
        let plugin = try instance("return { double = function(input) return { n = 'many' } end }")
        let error = await #expect(throws: TypedHookError.self) {
            try await Double.call(on: plugin, input: .init(n: 1))
        }
        let text = try #require(error).description
        #expect(text.contains("tests.typed"))
        #expect(text.contains("'double'"))
        #expect(text.contains("wrong shape"))
    }

    @Test func aPluginErrorIsCarried() async throws {
        let plugin = try instance("return { double = function(input) error('no doubling today') end }")
        let error = await #expect(throws: TypedHookError.self) {
            try await Double.call(on: plugin, input: .init(n: 1))
        }
        guard case .plugin(let pluginError) = try #require(error).reason else {
            Issue.record("expected a plugin error")
            return
        }
        #expect(pluginError.description.contains("no doubling today"))
    }
}
