import Foundation
import Testing

/// `shequ plugin check|test|run` as an operator uses them, on the shipped sample plugin.
@Suite("shequ plugin on the sample points plugin")
struct PluginCommandTests {
    let sample = ShequProcess.packageRoot.appendingPathComponent("Plugins/guangshan-points").path

    @Test func checkPrintsTheManifest() throws {
        let outcome = try ShequProcess.run(["plugin", "check", sample])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("ok xinyang.guangshan.points 1.0.0 (api 1, county 411522)"))
        #expect(outcome.stdout.contains("hook measures -> rules.evaluate"))
    }

    @Test func checkAsJSON() throws {
        let outcome = try ShequProcess.run(["plugin", "check", sample, "--format", "json"])
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "xinyang.guangshan.points")
        #expect((object["hooks"] as? [String: String])?["measures"] == "rules.evaluate")
    }

    @Test func testRunsTheSuiteAndEndsWithTheCount() throws {
        let outcome = try ShequProcess.run(["plugin", "test", sample])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let last = outcome.stdout.split(separator: "\n").last.map(String.init)
        #expect(last == "8 passed, 0 failed")
    }

    @Test func runEvaluatesAnEventFromStandardInput() throws {
        let event = #"{"id":"e-1","kind":"banquet","facts":{"ceremony":"wedding","tables":13}}"#
        let outcome = try ShequProcess.run(["plugin", "run", sample, "--hook", "measures", "--input", "-"], stdin: event)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let measures = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(measures.count == 2)
        #expect(measures[0]["kind"] as? String == "deduct_points")
        #expect(measures[0]["points"] as? Int == 6)
        #expect(measures[0]["reason"] as? String == "宴席13桌，超出上限3桌，扣6分")
    }

    @Test func configOverridesReachTheRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json")
        try Data(#"{"banquet_table_limit": 20}"#.utf8).write(to: config)
        let event = #"{"kind":"banquet","facts":{"ceremony":"wedding","tables":13}}"#
        let outcome = try ShequProcess.run(
            ["plugin", "run", sample, "--hook", "measures", "--input", "-", "--config", config.path], stdin: event)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("award_points"))
    }

    @Test func malformedInputIsAUsageErrorWithItsPosition() throws {
        let outcome = try ShequProcess.run(
            ["plugin", "run", sample, "--hook", "measures", "--input", "-"], stdin: "{\"kind\": \"banquet\",\n \"facts\": }")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("<stdin>:2:"), "\(outcome.stderr)")
    }

    @Test func unknownHookIsAUsageError() throws {
        let outcome = try ShequProcess.run(["plugin", "run", sample, "--hook", "nope", "--input", "-"], stdin: "{}")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("no hook 'nope'"))
        #expect(outcome.stderr.contains("measures"))
    }

    @Test func missingFolderIsAUsageError() throws {
        let outcome = try ShequProcess.run(["plugin", "check", "/nonexistent/plugin"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("/nonexistent/plugin"))
    }

    @Test func missingOptionIsAUsageError() throws {
        let outcome = try ShequProcess.run(["plugin", "run", sample, "--input", "-"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--hook"))
    }
}

/// `shequ plugin test` on a suite with failures: each failure with its place, the count, exit 1.
@Suite("shequ plugin test on a failing suite")
struct PluginTestFailureTests {
    let failing = ShequProcess.packageRoot.appendingPathComponent("Tests/ShequLuaTests/Fixtures/failing").path

    @Test func failuresAreListedWithTheirPlaceAndTheRunFails() throws {
        let outcome = try ShequProcess.run(["plugin", "test", failing])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("FAIL wrong expectation (tests/calc_test.lua:6)"))
        #expect(outcome.stdout.contains("expect.eq failed at total: got 3, expected 4"))
        #expect(outcome.stdout.contains("tests/broken_test.lua:3"))
        #expect(outcome.stdout.split(separator: "\n").last == "3 passed, 3 failed")
    }

    @Test func theReportAsJSON() throws {
        let outcome = try ShequProcess.run(["plugin", "test", failing, "--format", "json"])
        #expect(outcome.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(report["passed"] as? Int == 3)
        #expect(report["failed"] as? Int == 3)
        #expect((report["cases"] as? [Any])?.count == 6)
    }
}
