import ShequCore

/// The impact report as county staff read it, in Chinese.
struct ImpactReportText {
    var report: ImpactReport
    var limit: Int

    var text: String {
        let base = report.totals.baseline, candidate = report.totals.candidate
        var lines = [
            "规则调整影响预估（未写入台账）",
            "合计：现行规则 奖励\(base.awarded)分、扣减\(base.deducted)分、净\(base.net)分，措施\(base.measures)项，不予执行\(base.refused)项，出错事件\(base.failedEvents)件",
            "　　　拟议规则 奖励\(candidate.awarded)分、扣减\(candidate.deducted)分、净\(candidate.net)分，措施\(candidate.measures)项，不予执行\(candidate.refused)项，出错事件\(candidate.failedEvents)件",
            "积分有变化的对象：\(report.subjects.count)个；无变化：\(report.unchangedSubjects)个",
            "变化分布：" + ChangeBand.allCases.map { "\($0.rawValue)：\(report.distribution[$0] ?? 0)" }.joined(separator: "；"),
        ]
        for impact in report.subjects.prefix(limit) {
            lines.append("  \(impact.subject.chineseName)：\(impact.baseline)分 → \(impact.candidate)分（\(impact.change > 0 ? "+" : "")\(impact.change)）")
        }
        if report.subjects.count > limit { lines.append("  …另有\(report.subjects.count - limit)个，用 --format json 查看全部") }
        lines.append("决定有变化的事件：\(report.decisionsChanged.count)件")
        for change in report.decisionsChanged.prefix(limit) {
            lines.append("  \(change.eventID)：现行 \(change.baseline.map(\.description).joined(separator: "、")) → 拟议 \(change.candidate.map(\.description).joined(separator: "、"))")
        }
        if report.decisionsChanged.count > limit { lines.append("  …另有\(report.decisionsChanged.count - limit)件") }
        return lines.joined(separator: "\n")
    }
}
