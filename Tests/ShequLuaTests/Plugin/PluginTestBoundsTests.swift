import Testing
@testable import ShequLua

/// A plugin's test files are plugin code: `plugin test` bounds how many tests they may
/// declare, how long a test name may be, and how long the whole run may take.
@Suite("Bounds on a run of a plugin's tests")
struct PluginTestBoundsTests {
    private func plugin(tests: [String: String], limits: LuaLimits = LuaLimits()) throws -> Plugin {
        try Plugin.load(
            source: Fixtures.source(manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = {} }", tests: tests),
            host: PluginHost(limits: limits))
    }

    @Test("a file that declares a million tests stops the run with a typed error, at once")
    func tooManyTests() throws {
        let plugin = try plugin(tests: ["tests/flood_test.lua": "for i = 1, 1e6 do test('t' .. i, function() end) end"])
        let started = ContinuousClock.now
        let report = PluginTestRunner(plugin: plugin).run()
        #expect(report.stopped?.kind == .tooManyTests)
        #expect(report.stopped?.description.contains("1000") == true)
        #expect(report.cases.isEmpty)
        #expect(!report.allPassed)
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test("the test count is over all files")
    func countOverFiles() throws {
        let six = "for i = 1, 6 do test('t' .. i, function() end) end"
        let plugin = try plugin(tests: ["tests/a_test.lua": six, "tests/b_test.lua": six])
        let report = PluginTestRunner(plugin: plugin, limits: PluginTestLimits(maxTests: 10)).run()
        #expect(report.cases.count == 6)
        #expect(report.stopped?.kind == .tooManyTests)
        #expect(report.stopped?.file == "tests/b_test.lua")
        let enough = PluginTestRunner(plugin: plugin, limits: PluginTestLimits(maxTests: 12)).run()
        #expect(enough.allPassed)
        #expect(enough.cases.count == 12)
    }

    @Test("a test name over the limit fails its file, naming the limit")
    func longName() throws {
        let plugin = try plugin(tests: ["tests/a_test.lua": "test(string.rep('n', 100000), function() end)"])
        let report = PluginTestRunner(plugin: plugin).run()
        let failure = try #require(report.cases.first?.failure)
        #expect(failure.message.contains("PluginTestLimits.maxNameBytes"), "\(failure.message)")
        #expect(failure.line == 1)
    }

    @Test("test names are escaped")
    func escapedName() throws {
        let plugin = try plugin(tests: ["tests/a_test.lua": "test('ok\\n[FAIL] forged\\27[2J', function() end)"])
        let report = PluginTestRunner(plugin: plugin).run()
        #expect(report.cases.map(\.name) == ["ok\\n[FAIL] forged\\u{1b}[2J"])
    }

    @Test("a run past its time limit stops with a typed error, the rest not run")
    func timeLimit() throws {
        let slow = "for i = 1, 20 do test('slow ' .. i, function() while true do end end) end"
        let plugin = try plugin(tests: ["tests/slow_test.lua": slow], limits: LuaLimits(deadline: .milliseconds(100)))
        let started = ContinuousClock.now
        let report = PluginTestRunner(plugin: plugin, limits: PluginTestLimits(maxDuration: .milliseconds(300))).run()
        #expect(report.stopped?.kind == .timeLimit)
        #expect(report.cases.count < 20)
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
