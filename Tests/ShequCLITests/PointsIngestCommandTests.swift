import Foundation
import Testing

/// `shequ points ingest`: events streamed in batches, judged and written a batch per transaction.
@Suite("shequ points ingest")
struct PointsIngestCommandTests {
    let points = PointsCommandTests()

    func summary(_ result: ShequProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Nine elder-care events of one household in April: 5 points each, 40 a month at most.
    func aprilOfCare(_ shequ: ShequProcess) throws -> String {
        try shequ.write("care.jsonl", (1...9).map {
            PointsCommandTests.event("c-\($0)", "elder_care", on: String(format: "2025-04-%02d", $0))
        }.joined(separator: "\n") + "\n")
    }

    @Test func theMonthlyBoundCountsEntriesOfEarlierBatches() throws {
        let shequ = try points.workspace()
        let file = try aprilOfCare(shequ)
        let result = try shequ.run("points", "ingest", file, "--plugin", PointsCommandTests.sample, "--batch-size", "2",
                                   "--today", "2025-05-01", "--format", "json")
        points.expectOK(result)
        let summary = try summary(result)
        #expect(summary["batches"] as? Int == 5)
        #expect(summary["written"] as? Int == 9)
        #expect(summary["entries_written"] as? Int == 8)
        #expect(summary["points_written"] as? Int == 40)
        let refused = try #require(summary["refused"] as? [[String: Any]])
        #expect(refused.map { $0["event"] as? String } == ["c-9"])
        #expect(refused.first?["code"] as? String == "out_of_bounds")
        #expect(try points.balance(shequ) == 40)
    }

    @Test func ingestWritesTheSameLedgerAsImportThenRun() throws {
        let streamed = try points.workspace()
        let whole = try points.workspace()
        let events = [
            PointsCommandTests.event("e-1", "elder_care", on: "2025-04-03"),
            PointsCommandTests.event("e-2", "banquet", on: "2025-04-10", facts: #"{"ceremony":"wedding","tables":13}"#),
            PointsCommandTests.event("e-3", "garbage_sorted", on: "2025-04-12"),
            PointsCommandTests.event("e-4", "volunteer_service", on: "2025-06-03", subject: "resident", subjectID: "r-1",
                                     facts: #"{"hours":3}"#),
        ].joined(separator: "\n") + "\n"
        let one = try streamed.write("events.jsonl", events)
        let other = try whole.write("events.jsonl", events)
        points.expectOK(try streamed.run("points", "ingest", one, "--plugin", PointsCommandTests.sample,
                                         "--batch-size", "3", "--today", "2025-07-01"))
        points.expectOK(try whole.run("events", "import", other, "--plugin", PointsCommandTests.sample, "--today", "2025-07-01"))
        #expect(try points.balance(streamed) == points.balance(whole))
        #expect(try points.balance(streamed, "resident:r-1") == points.balance(whole, "resident:r-1"))
        #expect(try streamed.run("points", "explain", "household:h-1").stdout
            == whole.run("points", "explain", "household:h-1").stdout)
    }

    @Test func ingestingAgainWritesNothing() throws {
        let shequ = try points.workspace()
        let file = try aprilOfCare(shequ)
        points.expectOK(try shequ.run("points", "ingest", file, "--plugin", PointsCommandTests.sample, "--batch-size", "4"))
        let again = try shequ.run("points", "ingest", file, "--plugin", PointsCommandTests.sample, "--batch-size", "4",
                                  "--format", "json")
        points.expectOK(again)
        let summary = try summary(again)
        #expect(summary["written"] as? Int == 0)
        #expect(summary["unchanged"] as? Int == 9)
        #expect(summary["entries_written"] as? Int == 0)
        // Every event was applied (the one over the bound with its measure refused), so none is judged again.
        #expect(summary["already_applied"] as? Int == 9)
        #expect(try points.balance(shequ) == 40)
    }

    @Test func aConflictingEventStopsAtItsBatchAndKeepsTheBatchesBefore() throws {
        let shequ = try points.workspace()
        let first = PointsCommandTests.event("k-1", "elder_care", on: "2025-04-03")
        let file = try shequ.write("conflict.jsonl", [
            first,
            PointsCommandTests.event("k-2", "garbage_sorted", on: "2025-04-04"),
            first.replacingOccurrences(of: "2025-04-03", with: "2025-04-05"),
        ].joined(separator: "\n") + "\n")
        let result = try shequ.run("points", "ingest", file, "--plugin", PointsCommandTests.sample, "--batch-size", "2")
        #expect(result.status == 1)
        #expect(result.stderr.contains("k-1"), "\(result.stderr)")
        // The first batch (k-1, k-2) was committed; the conflicting one wrote nothing.
        #expect(try points.balance(shequ) == 6)
    }

    @Test func aBadLineNamesFileLineAndField() throws {
        let shequ = try points.workspace()
        let file = try shequ.write("bad.jsonl", [
            PointsCommandTests.event("b-1", "elder_care", on: "2025-04-03"),
            PointsCommandTests.event("b-2", "elder_care", on: "2025-04-31"),
        ].joined(separator: "\n"))
        let result = try shequ.run("points", "ingest", file, "--plugin", PointsCommandTests.sample)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.jsonl:2"), "\(result.stderr)")
        #expect(result.stderr.contains("occurred_at"))
    }

    /// Batches are judged one ahead of their commit: a bad line still leaves every batch before
    /// it stored, the one judged but not yet committed included.
    @Test func aBadLineInALaterBatchKeepsEveryBatchBeforeIt() throws {
        let shequ = try points.workspace()
        let file = try shequ.write("late.jsonl", (1...4).map {
            PointsCommandTests.event("l-\($0)", "elder_care", on: String(format: "2025-04-%02d", $0))
        }.joined(separator: "\n") + "\n" + PointsCommandTests.event("l-5", "elder_care", on: "2025-04-31") + "\n")
        let result = try shequ.run("points", "ingest", file, "--plugin", PointsCommandTests.sample, "--batch-size", "2")
        #expect(result.status == 1)
        #expect(result.stderr.contains("late.jsonl:5"), "\(result.stderr)")
        #expect(try points.balance(shequ) == 20)
    }
}
