import Testing
@testable import ShequLua

/// Messages from a plugin are plugin text: cut to a documented size and with control
/// characters escaped before the host keeps, logs or prints them, so a batch of N failures
/// holds N small messages and no plugin can forge a log line or drive a terminal.
@Suite("Bounded, escaped messages from plugins")
struct PluginMessageBoundsTests {
    /// No C0/C1 control character, DEL, line separator or bidirectional control.
    static func isPrintable(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
        !text.unicodeScalars.contains { PluginText.needsEscape($0, keepingLineBreaks: allowingLineBreaks) }
    }

    @Test("PluginText cuts to the byte limit, escapes controls, keeps UTF-8 whole, and is idempotent", arguments: [
        "plain", "done\n[ERROR] forged", "\u{1b}[2J\u{1b}[31mred", "村民委员会\u{202e}txt.exe", String(repeating: "长", count: 5000),
        "a\u{85}b\u{9b}c\u{7f}", String(repeating: "\n", count: 3000),
    ])
    func pluginText(text: String) {
        let bounded = PluginText.bounded(text, maxBytes: 256)
        #expect(bounded.utf8.count <= 256)
        #expect(Self.isPrintable(bounded))
        #expect(PluginText.bounded(bounded, maxBytes: 256) == bounded)
        if text.utf8.count > 256 { #expect(bounded.contains("cut: \(text.utf8.count) bytes")) }
        let bytes = Array(text.utf8)
        let fromBytes = bytes.withUnsafeBytes { PluginText.bounded(bytes: $0, maxBytes: 256) }
        #expect(fromBytes == bounded)
    }

    @Test("escapes read like Swift's")
    func escapes() {
        #expect(PluginText.bounded("a\nb\u{1b}[0m\t", maxBytes: 100) == "a\\nb\\u{1b}[0m\t")
        #expect(PluginText.bounded("a\nb\tc\u{7}", maxBytes: 100, keepingLineBreaks: true) == "a\nb\tc\\u{7}")
    }

    @Test("a huge error message, a huge __tostring and a huge error object are cut", arguments: [
        "error(string.rep('x', 1 << 20))",
        "error(setmetatable({}, { __tostring = function() return string.rep('y', 1 << 20) end }))",
        "error(string.rep('z', 1 << 20), 0)",
        "assert(false, string.rep('a', 1 << 20))",
    ])
    func hugeMessages(source: String) throws {
        let lua = try LuaSandbox()
        let error = #expect(throws: LuaError.self) { try lua.run(source, chunkName: "huge.lua") }
        #expect((error?.message.utf8.count ?? .max) <= LuaError.maxMessageBytes)
        #expect((error?.traceback?.utf8.count ?? 0) <= LuaError.maxTracebackBytes)
        #expect(error?.message.contains("cut:") == true, "\(error?.message.prefix(200) ?? "")")
    }

    @Test("control characters in messages, chunk names and tracebacks are escaped")
    func forgedLines() throws {
        let lua = try LuaSandbox()
        let message = #expect(throws: LuaError.self) {
            try lua.run("error('done\\n[ERROR] host: all good\\27[2J')", chunkName: "forge.lua")
        }
        #expect(message?.message == "done\\n[ERROR] host: all good\\u{1b}[2J")
        let chunk = #expect(throws: LuaError.self) {
            try lua.run("load('error(1)', '=a\\n[ERROR] forged\\27[31m')()", chunkName: "chunk.lua")
        }
        #expect(Self.isPrintable(chunk?.message ?? "\n"))
        #expect(Self.isPrintable(chunk?.file ?? ""))
        #expect(Self.isPrintable(chunk?.traceback ?? "\u{1b}", allowingLineBreaks: true))
        #expect(chunk?.traceback?.contains("\u{1b}") == false)
    }

    @Test("a traceback through long function names is cut")
    func longTraceback() throws {
        let lua = try LuaSandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run("local name = string.rep('f', 100000) _ENV[name] = function() error('x') end _ENV[name]()", chunkName: "tb.lua")
        }
        #expect((error?.traceback?.utf8.count ?? .max) <= LuaError.maxTracebackBytes)
    }

    @Test("a batch of failures holds small messages only")
    func batchOfFailures() async throws {
        let plugin = try Plugin.load(source: Fixtures.source(
            manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { fail = 'm.fail' } }",
            files: ["m.lua": "return { fail = function(input) error(string.rep('e', 1 << 20) .. input) end }"]))
        let instance = try PluginInstance(plugin: plugin)
        let results = await instance.invokeBatch(hook: "fail", inputs: (1...50).map { .string("\($0)") })
        for result in results {
            guard case .failure(let error) = result else {
                Issue.record("the hook did not fail")
                continue
            }
            #expect(error.message.utf8.count <= LuaError.maxMessageBytes)
            #expect(error.description.utf8.count <= PluginError.maxMessageBytes + 1024)
            #expect((error.traceback?.utf8.count ?? 0) <= LuaError.maxTracebackBytes)
        }
    }

    @Test("print and shequ.log output is escaped: one line per call, no terminal sequence")
    func logEscaping() throws {
        let recorder = LogRecorder()
        let lua = try LuaSandbox(logger: recorder.logger)
        _ = try lua.run("""
            print('done\\n[ERROR] forged\\27[2J')
            shequ.log('warn', 'a\\r\\nb\\u{202E}c')
            """, chunkName: "log.lua")
        let messages = recorder.messages.map(\.message)
        #expect(messages == ["done\\n[ERROR] forged\\u{1b}[2J", "a\\r\\nb\\u{202e}c"])
    }

    @Test("the per-call output cap and its one notice hold for shequ.log too")
    func logCap() throws {
        let recorder = LogRecorder()
        let lua = try LuaSandbox(limits: LuaLimits(printBytesPerCall: 1000), logger: recorder.logger)
        _ = try lua.run("for i = 1, 1000 do shequ.log('info', string.rep('\\27', 50)) end", chunkName: "flood.lua")
        let messages = recorder.messages.map(\.message)
        let total = messages.dropLast().reduce(0) { $0 + $1.utf8.count + 1 }
        #expect(total <= 1000)
        #expect(messages.count < 10)
        #expect(messages.last?.contains("1000") == true, "the notice names the limit: \(messages.last ?? "")")
    }

    @Test("a huge log level is quoted short in the error")
    func hugeLevel() throws {
        let lua = try LuaSandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run("shequ.log(string.rep('\\27', 1 << 20), 'x')", chunkName: "level.lua")
        }
        #expect((error?.message.utf8.count ?? .max) < 400)
        #expect(Self.isPrintable(error?.message ?? "\n"))
    }

    @Test("a value path through plugin keys is quoted, cut and escaped")
    func keyPaths() throws {
        let lua = try LuaSandbox()
        let error = #expect(throws: LuaError.self) {
            try lua.run("return { [string.rep('\\27', 10000)] = function() end }", chunkName: "keys.lua")
        }
        #expect(error?.kind == .invalidValue)
        #expect((error?.message.utf8.count ?? .max) < 400)
        #expect(Self.isPrintable(error?.message ?? "\n"))
    }

    @Test("plugin errors quote manifest values short and escaped")
    func manifestQuotes() throws {
        let error = #expect(throws: PluginError.self) {
            try Plugin.load(source: Fixtures.source(manifest: "return { id = string.rep('\\27[2J', 100000), version = '1.0.0', api = 1, hooks = {} }"))
        }
        #expect((error?.description.utf8.count ?? .max) < 1000)
        #expect(Self.isPrintable(error?.description ?? "\n"))
    }
}
