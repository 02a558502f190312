extension HotlineAnalysis {
    /// The analysis as tables with Chinese headings, for text or JSON output.
    ///
    /// ```swift
    /// for table in analysis.tables { print(table.text) }
    /// ```
    public var tables: [ReportTable] {
        let indicatorsTable = ReportTable(
            title: "12345热线工单分析（\(ServiceTime.day(period.start)) 至 \(ServiceTime.day(period.end.addingTimeInterval(-1)))）",
            headings: ["指标", "数值"],
            rows: [
                ["受理量", String(total)],
                ["上期受理量", String(previousTotal)],
                ["环比", HotlineTally(key: "", label: "", count: total, previousCount: previousTotal).changeText],
                ["有效工单", String(indicators.valid)],
                ["办结量", String(indicators.completed)],
                ["办结率", ReportTable.percent(indicators.completionRate)],
                ["按时办结率", ReportTable.percent(indicators.onTimeRate)],
                ["超期未办结", String(indicators.overdueOpen)],
                ["回访量", String(indicators.rated)],
                ["满意率", ReportTable.percent(indicators.satisfactionRate)],
            ]
        )
        return [
            indicatorsTable,
            tallyTable("按社区统计", "社区", byCommunity),
            tallyTable("按网格统计", "网格", byGrid),
            tallyTable("按诉求分类统计", "诉求分类", byCategory),
            tallyTable("按诉求类型统计", "诉求类型", byType),
            ReportTable(
                title: "按\(unit.chineseName)统计", headings: [unit.chineseName == "日" ? "日期" : "月份", "受理量"],
                rows: byPeriod.map { [$0.period, String($0.count)] }
            ),
            ReportTable(
                title: "重复投诉点位", headings: ["社区", "地址", "投诉次数", "诉求分类", "工单编号"],
                rows: repeatedComplaintPlaces.map {
                    [$0.place.communityCode, $0.address, String($0.count), $0.categories.joined(separator: "、"),
                     $0.requestIDs.joined(separator: " ")]
                }
            ),
        ]
    }

    /// All tables as one text, separated by blank lines.
    public var text: String {
        tables.map(\.text).joined(separator: "\n")
    }

    private func tallyTable(_ title: String, _ heading: String, _ tallies: [HotlineTally]) -> ReportTable {
        ReportTable(
            title: title, headings: [heading, "本期", "上期", "增减", "环比", "趋势"],
            rows: tallies.map {
                [$0.label, String($0.count), String($0.previousCount), $0.signedChange, $0.changeText, $0.trend.chineseName]
            }
        )
    }
}

extension HotlineTally {
    fileprivate var signedChange: String { change > 0 ? "+\(change)" : String(change) }

    fileprivate var changeText: String {
        guard let changeRatio else { return "—" }
        let text = ReportTable.percent(changeRatio)
        return changeRatio > 0 ? "+" + text : text
    }
}
