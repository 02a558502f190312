import ShequCore
import ShequHooks

/// What `shequ points run` prints: counts, refusals and plugin failures.
struct MeasuresRunSummary: Encodable {
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

    var plugin: String
    var judged: Int
    var applied: Int
    var entriesWritten: Int
    var refused: [Refusal]
    var failed: [Failure]
    var alreadyApplied: Int
    var withoutConvention: [String]

    init(_ report: MeasuresRunReport, plugin: PluginReference, entriesWritten: Int) {
        self.plugin = plugin.description
        judged = report.evaluations.count
        applied = report.evaluations.filter { $0.failure == nil }.count
        self.entriesWritten = entriesWritten
        refused = report.evaluations.flatMap { evaluation in
            evaluation.refused.map {
                Refusal(event: evaluation.event.id, kind: $0.proposal.kind, code: $0.reason.code, reason: $0.reason.description)
            }
        }
        failed = report.failures.map { Failure(event: $0.eventID, message: $0.message) }
        alreadyApplied = report.alreadyApplied
        withoutConvention = report.withoutConvention
    }

    var text: String {
        var lines = ["积分评定（\(plugin)）：评定事件\(judged)件，写入台账\(entriesWritten)条；此前已评定\(alreadyApplied)件"]
        if !withoutConvention.isEmpty {
            lines.append("未评定（所在社区尚无村规民约或居民公约）：\(withoutConvention.count)件")
        }
        if !refused.isEmpty {
            lines.append("不予执行的措施：\(refused.count)项")
            for refusal in refused.prefix(20) { lines.append("  \(refusal.event) \(refusal.kind) [\(refusal.code)] \(refusal.reason)") }
            if refused.count > 20 { lines.append("  …另有\(refused.count - 20)项，用 --format json 查看全部") }
        }
        if !failed.isEmpty {
            lines.append("规则程序出错、未评定的事件：\(failed.count)件（修正后再次运行即可补评）")
            for failure in failed { lines.append("  \(failure.event): \(failure.message)") }
        }
        return lines.joined(separator: "\n")
    }
}
