import Testing
@testable import ShequLua

@Suite("Plugin test runner")
struct PluginTestRunnerTests {
    @Test("a passing suite reports every test as passed")
    func passing() throws {
        let plugin = try Plugin.load(from: Fixtures.plugin("points"))
        let report = PluginTestRunner(plugin: plugin).run()
        #expect(report.pluginID == "xinyang.guangshan.points")
        #expect(report.cases.map(\.name) == [
            "elders get a bonus", "younger residents get the base", "a missing record is an error", "assertions beyond eq",
        ])
        #expect(report.cases.map(\.line) == [1, 6, 10, 14])
        #expect(report.cases.allSatisfy { $0.file == "tests/points_test.lua" })
        #expect(report.failures.map(\.failure) == [])
        #expect(report.allPassed)
        #expect(report.passedCount == 4)
    }

    @Test("a failing suite reports file, line, values and load failures")
    func failing() throws {
        let plugin = try Plugin.load(from: Fixtures.plugin("failing"))
        let report = PluginTestRunner(plugin: plugin).run()
        #expect(!report.allPassed)
        #expect(report.passedCount == 3)
        #expect(report.failedCount == 3)

        let broken = try #require(report.cases.first { $0.file == "tests/broken_test.lua" })
        #expect(broken.name == PluginTestReport.loadFailureName)
        #expect(broken.failure?.line == 3)
        #expect(broken.failure?.file == "tests/broken_test.lua")

        let wrong = try #require(report.cases.first { $0.name == "wrong expectation" })
        #expect(wrong.failure?.file == "tests/calc_test.lua")
        #expect(wrong.failure?.line == 6)
        #expect(wrong.failure?.message == "expect.eq failed at total: got 3, expected 4")

        let runaway = try #require(report.cases.first { $0.name == "runaway test" })
        #expect(runaway.failure?.message.contains("instruction budget exhausted") == true)
        #expect(runaway.failure?.line == 10)

        // Each test runs in a fresh sandbox, so globals never leak from one to the next.
        let leakTests = report.cases.filter { $0.name.hasPrefix("state does not leak") }
        #expect(leakTests.count == 2)
        #expect(leakTests.allSatisfy { $0.passed })
    }

    @Test("assertion messages show values and the differing path")
    func assertionMessages() throws {
        let plugin = try Plugin.load(source: Fixtures.source(
            manifest: "return { id = 'a.b', version = '1.0.0', api = 1, hooks = { id = 'm.id' } }",
            files: ["m.lua": "return { id = function(input) return input end }"],
            tests: ["tests/a_test.lua": """
                test("nested", function() expect.eq(hook("id", { a = { b = { 1, 2 } } }), { a = { b = { 1, 3 } } }) end)
                test("missing key", function() expect.eq({ x = 1, y = 2 }, { x = 1 }) end)
                test("integer vs float", function() expect.eq(1, 1.0) end)
                test("ne", function() expect.ne({ 1 }, { 1 }) end)
                test("near", function() expect.near(1, 2, 0.5) end)
                test("error pattern", function() expect.error(function() error("boom") end, "bang") end)
                test("no error", function() expect.error(function() end) end)
                test("truthy", function() expect.truthy(false) end)
                test("falsy", function() expect.falsy("x") end)
                """]))
        let messages = PluginTestRunner(plugin: plugin).run().cases.map { $0.failure?.message ?? "passed" }
        #expect(messages == [
            "expect.eq failed at a.b[2]: got 2, expected 3",
            "expect.eq failed at y: got 2, expected nil",
            "expect.eq failed: got 1, expected 1.0",
            "expect.ne failed: both values are {1}",
            "expect.near failed: got 1, expected 2 within 0.5",
            #"expect.error failed: the error "tests/a_test.lua:6: boom" does not match "bang""#,
            "expect.error failed: the function did not raise an error",
            "expect.truthy failed: got false",
            "expect.falsy failed: got \"x\"",
        ])
    }
}
