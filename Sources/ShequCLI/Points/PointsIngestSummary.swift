import ShequCore
import ShequHooks

/// What `shequ points ingest` prints: counts over the whole file, the first refusals and
/// every plugin failure (up to a limit, so the summary stays small for a city's month).
struct PointsIngestSummary: Encodable {
    struct Failure: Encodable {
        var event: String
        var message: String
    }

    struct Refusal: Encodable {
        var event: String
        var kind: String
        var code: String
        var reason: String
    }

    /// How many refusals and failures are listed; the counts cover all.
    static let listed = 100

    var file: String
    var plugin: String
    var read = 0
    var batches = 0
    var written = 0
    var unchanged = 0
    var judged = 0
    var applied = 0
    var entriesWritten = 0
    var pointsWritten = 0
    var alreadyApplied = 0
    var withoutConvention = 0
    var refusedCount = 0
    var failedCount = 0
    var refused: [Refusal] = []
    var failed: [Failure] = []

    init(file: String, plugin: String) {
        self.file = file
        self.plugin = plugin
    }

    mutating func add(batch: Int, recorded: EventRecordSummary, report: MeasuresRunReport, change: LedgerChange) {
        read += batch
        batches += 1
        written += recorded.written
        unchanged += recorded.unchanged
        judged += report.evaluations.count
        applied += report.evaluations.filter { $0.failure == nil }.count
        entriesWritten += change.entries.count
        pointsWritten += change.entries.reduce(0) { $0 + $1.points }
        alreadyApplied += report.alreadyApplied
        withoutConvention += report.withoutConvention.count
        for evaluation in report.evaluations {
            refusedCount += evaluation.refused.count
            for refusal in evaluation.refused where refused.count < Self.listed {
                refused.append(Refusal(event: evaluation.event.id, kind: refusal.proposal.kind,
                                       code: refusal.reason.code, reason: refusal.reason.description))
            }
        }
        for failure in report.failures {
            failedCount += 1
            if failed.count < Self.listed { failed.append(Failure(event: failure.eventID, message: failure.message)) }
        }
    }

    var text: String {
        var lines = [
            "\(file)：读取事件\(read)件（\(batches)批），新记录\(written)件，已有未变\(unchanged)件",
            "积分评定（\(plugin)）：评定事件\(judged)件，写入台账\(entriesWritten)条（合计\(pointsWritten)分）；此前已评定\(alreadyApplied)件",
        ]
        if withoutConvention > 0 {
            lines.append("未评定（所在社区尚无村规民约或居民公约）：\(withoutConvention)件")
        }
        if refusedCount > 0 {
            lines.append("不予执行的措施：\(refusedCount)项")
            for refusal in refused.prefix(20) { lines.append("  \(refusal.event) \(refusal.kind) [\(refusal.code)] \(refusal.reason)") }
            if refusedCount > 20 { lines.append("  …另有\(refusedCount - 20)项，用 --format json 查看前\(Self.listed)项") }
        }
        if failedCount > 0 {
            lines.append("规则程序出错、未评定的事件：\(failedCount)件（修正后再次运行即可补评）")
            for failure in failed { lines.append("  \(failure.event): \(failure.message)") }
            if failedCount > failed.count { lines.append("  …另有\(failedCount - failed.count)件") }
        }
        return lines.joined(separator: "\n")
    }
}
