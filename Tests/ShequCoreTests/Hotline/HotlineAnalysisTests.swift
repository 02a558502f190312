import Foundation
import Testing
@testable import ShequCore

@Suite("Hotline analysis on a known data set")
struct HotlineAnalysisTests {
    static let a = "411502001001"
    static let b = "411502001002"
    let period = ReportingPeriod(start: ServiceClock.at("2026-03-01"), end: ServiceClock.at("2026-03-08"))
    let now = ServiceClock.at("2026-03-08 09:00")

    /// Six requests in the week of 1 March, four in the week before, two outside both.
    var requests: [HotlineRequest] {
        func handled(_ request: HotlineRequest, due: String, done: String, answer: HotlineSatisfaction) -> HotlineRequest {
            var copy = request
            copy.expectedAt = ServiceClock.at(due)
            copy.completedAt = ServiceClock.at(done)
            copy.status = .visited
            copy.satisfaction = answer
            return copy
        }
        var open = HotlineFixture.request("C3", address: "胜利路１２号", community: Self.a, grid: "G-A2", at: "2026-03-03 08:00")
        open.expectedAt = ServiceClock.at("2026-03-04 08:00")
        var invalid = HotlineFixture.request("C4", code: "0501", name: "物业服务", type: .help, community: Self.a, at: "2026-03-03 12:00")
        invalid.status = .invalid
        return [
            handled(HotlineFixture.request("C1", address: "胜利路12号", community: Self.a, grid: "G-A1", at: "2026-03-01 09:00"),
                    due: "2026-03-04 09:00", done: "2026-03-02 09:00", answer: .satisfied),
            handled(HotlineFixture.request("C2", address: "胜利路 12 号", community: Self.a, grid: "G-A1", at: "2026-03-02 09:00"),
                    due: "2026-03-03 09:00", done: "2026-03-05 09:00", answer: .dissatisfied),
            open,
            invalid,
            handled(HotlineFixture.request("C5", code: "0501", name: "物业服务", address: "新华街5号", community: Self.b, grid: "G-B1", at: "2026-03-05 10:00"),
                    due: "2026-03-10 10:00", done: "2026-03-06 10:00", answer: .basicallySatisfied),
            HotlineFixture.request("C6", code: "0501", name: "物业服务", type: .enquiry, community: Self.b, grid: "G-B1", at: "2026-03-07 23:00"),
            HotlineFixture.request("P1", community: Self.a, at: "2026-02-25 09:00"),
            HotlineFixture.request("P2", code: "0501", name: "物业服务", community: Self.b, at: "2026-02-26 09:00"),
            HotlineFixture.request("P3", code: "0501", name: "物业服务", community: Self.b, at: "2026-02-27 09:00"),
            HotlineFixture.request("P4", code: "0701", name: "其他", type: .suggestion, community: Self.b, at: "2026-02-28 09:00"),
            HotlineFixture.request("O1", community: Self.a, at: "2026-03-08 00:00"),
            HotlineFixture.request("O2", community: Self.a, at: "2026-02-21 23:59"),
        ]
    }

    var analysis: HotlineAnalysis {
        HotlineAnalysis(requests: requests, period: period, now: now, communityNames: [Self.a: "民权社区"])
    }

    private func rows(_ tallies: [HotlineTally]) -> [[String]] {
        tallies.map { [$0.key, $0.label, String($0.count), String($0.previousCount), $0.trend.rawValue] }
    }

    @Test func totalsOnlyCountThePeriods() {
        #expect(analysis.total == 6)
        #expect(analysis.previousTotal == 4)
    }

    @Test func countsByCommunityWithTrend() {
        #expect(rows(analysis.byCommunity) == [
            [Self.a, "民权社区", "4", "1", "rising"],
            [Self.b, Self.b, "2", "3", "falling"],
        ])
    }

    @Test func countsByCategoryAndType() {
        #expect(rows(analysis.byCategory) == [
            ["0501", "物业服务", "3", "2", "rising"],
            ["0301", "噪音扰民", "3", "1", "rising"],
            ["0701", "其他", "0", "1", "falling"],
        ])
        #expect(rows(analysis.byType) == [
            ["complaint", "投诉", "4", "3", "rising"],
            ["enquiry", "咨询", "1", "0", "new"],
            ["help", "求助", "1", "0", "new"],
            ["suggestion", "建议", "0", "1", "falling"],
        ])
    }

    @Test func countsByGridWithUngriddedApart() {
        #expect(rows(analysis.byGrid) == [
            ["G-A1", "G-A1", "2", "0", "new"],
            ["G-B1", "G-B1", "2", "0", "new"],
            ["未划网格", "未划网格", "1", "4", "falling"],
            ["G-A2", "G-A2", "1", "0", "new"],
        ])
    }

    @Test func dailySeriesIncludesQuietDays() {
        #expect(analysis.byPeriod.map(\.period) == (1...7).map { "2026-03-0\($0)" })
        #expect(analysis.byPeriod.map(\.count) == [1, 1, 2, 0, 1, 0, 1])
        let monthly = HotlineAnalysis(requests: requests, period: period, now: now, unit: .month)
        #expect(monthly.byPeriod == [HotlinePeriodCount(period: "2026-03", count: 6)])
    }

    @Test func repeatedComplaintPlaces() {
        #expect(analysis.repeatedComplaintPlaces == [
            HotlineRepeatedPlace(place: HotlinePlaceKey(communityCode: Self.a, address: "胜利路12号"), address: "胜利路12号",
                                 count: 3, categories: ["噪音扰民"], requestIDs: ["C1", "C2", "C3"]),
        ])
        let stricter = HotlineAnalysis(requests: requests, period: period, now: now, repeatThreshold: 4)
        #expect(stricter.repeatedComplaintPlaces.isEmpty)
    }

    @Test func indicators() {
        let figures = analysis.indicators
        #expect(figures == HotlineIndicators(received: 6, valid: 5, completed: 3, completedWithDeadline: 3, completedOnTime: 2,
                                             overdueOpen: 1, rated: 3, satisfied: 2))
        #expect(figures.completionRate == 0.6)
        #expect(ReportTable.percent(figures.onTimeRate) == "66.7%")
        #expect(ReportTable.percent(figures.satisfactionRate) == "66.7%")
    }

    @Test func textTablesHaveChineseHeadings() {
        let text = analysis.text
        #expect(text.contains("12345热线工单分析（2026-03-01 至 2026-03-07）"))
        #expect(text.contains("办结率      60.0%"))
        #expect(text.contains("""
        按社区统计
        社区          本期  上期  增减  环比     趋势
        ------------  ----  ----  ----  -------  ----
        民权社区      4     1     +3    +300.0%  上升
        411502001002  2     3     -1    -33.3%   下降
        """))
        #expect(text.contains("重复投诉点位"))
    }

    @Test func encodesAsJSON() throws {
        let data = try JSONEncoder().encode(analysis)
        let decoded = try JSONDecoder().decode(HotlineAnalysis.self, from: data)
        #expect(decoded == analysis)
        let tables = try JSONDecoder().decode([ReportTable].self, from: JSONEncoder().encode(analysis.tables))
        #expect(tables.first?.headings == ["指标", "数值"])
    }
}
