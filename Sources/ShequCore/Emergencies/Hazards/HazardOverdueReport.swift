import Foundation

/// The hazards not struck off by their deadline, at a given time (隐患超期未整改).
///
/// The clock is passed in, so the same inspections give the same report in a test
/// and in production:
///
/// ```swift
/// let report = HazardOverdueReport(inspections: inspections, now: now)
/// print(report.table.text)
/// ```
public struct HazardOverdueReport: Sendable, Hashable, Codable {
    /// One overdue finding with where it was found.
    public struct Entry: Sendable, Hashable, Codable {
        /// The inspection that found it.
        public var inspectionID: String
        /// The community.
        public var communityCode: String
        /// The finding as it stands.
        public var finding: HazardFinding
        /// Whole days past the deadline.
        public var daysOverdue: Int
    }

    /// The time the report was made for.
    public var now: Date
    /// The overdue findings, major first, then most overdue.
    public var entries: [Entry]
    /// Findings not yet struck off, overdue or not.
    public var openCount: Int

    /// Builds the report from inspections at `now`.
    public init(inspections: [HazardInspection], now: Date) {
        self.now = now
        var entries: [Entry] = []
        var open = 0
        for inspection in inspections {
            for finding in inspection.findings where finding.state != .verified {
                open += 1
                if finding.isOverdue(at: now) {
                    entries.append(Entry(inspectionID: inspection.id, communityCode: inspection.communityCode,
                                         finding: finding, daysOverdue: finding.daysOverdue(at: now)))
                }
            }
        }
        self.entries = entries.sorted { a, b in
            let (ma, mb) = (a.finding.level == .major ? 0 : 1, b.finding.level == .major ? 0 : 1)
            return (ma, -a.daysOverdue, a.finding.id) < (mb, -b.daysOverdue, b.finding.id)
        }
        self.openCount = open
    }

    /// The report as a table with Chinese headings.
    public var table: ReportTable {
        ReportTable(
            title: "隐患超期未整改（截至 \(ServiceTime.iso8601(now))，未销号 \(openCount) 项，超期 \(entries.count) 项）",
            headings: ["编号", "社区", "隐患", "等级", "责任单位", "整改期限", "超期天数", "状态"],
            rows: entries.map {
                [$0.finding.id, $0.communityCode, $0.finding.summary, $0.finding.level.chineseName,
                 $0.finding.responsibleUnit, ServiceTime.day($0.finding.deadline), String($0.daysOverdue),
                 $0.finding.state.chineseName]
            }
        )
    }
}
