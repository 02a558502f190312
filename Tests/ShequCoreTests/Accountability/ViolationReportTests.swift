import Foundation
import Testing
@testable import ShequCore

@Suite("Violations register: reports per unit and per period")
struct ViolationReportTests {
    /// 2025: three by the street office (Mar, Mar, Jun), one by the housing bureau (Mar, Art. 44), one in 2026.
    func register() throws -> [Violation] {
        let calendar = Calendar.chinaStandard
        func date(_ y: Int, _ m: Int, _ d: Int) throws -> Date {
            try #require(calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 9)))
        }
        var closed = ViolationTests.violation(id: "V-2", on: try date(2025, 3, 20))
        try closed.transition(to: .dismissed, by: "区政府", note: "不属于违规", at: try date(2025, 3, 21))
        return [
            ViolationTests.violation(id: "V-1", on: try date(2025, 3, 1)),
            closed,
            ViolationTests.violation(id: "V-3", on: try date(2025, 6, 30)),
            ViolationTests.violation(id: "V-4", unit: "区住建局", on: try date(2025, 3, 31), article: .gridAdmissionViolation),
            ViolationTests.violation(id: "V-5", unit: "区住建局", on: try date(2026, 1, 2)),
        ]
    }

    var year2025: DateInterval {
        let calendar = Calendar.chinaStandard
        let start = calendar.date(from: DateComponents(year: 2025, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: 2026, month: 1, day: 1))!
        return DateInterval(start: start, end: end)
    }

    @Test("per unit: totals, open, statuses and articles within the period, most first")
    func byUnit() throws {
        let rows = ViolationReport.byUnit(try register(), occurredIn: year2025)
        #expect(rows.map(\.key.name) == ["某街道办事处", "区住建局"])
        #expect(rows[0].total == 3)
        #expect(rows[0].open == 2)
        #expect(rows[0].byStatus == [.recorded: 2, .dismissed: 1])
        #expect(rows[0].byArticle == [45: 3])
        #expect(rows[0].violationIDs == ["V-1", "V-2", "V-3"])
        #expect(rows[1].total == 1)
        #expect(rows[1].byArticle == [44: 1])
    }

    @Test("per month: every month of the period, empty ones with zero, boundaries counted once")
    func byMonth() throws {
        let rows = ViolationReport.byPeriod(try register(), in: year2025, granularity: .month)
        #expect(rows.count == 12)
        #expect(rows.map(\.total) == [0, 0, 3, 0, 0, 1, 0, 0, 0, 0, 0, 0])
        #expect(rows.reduce(0) { $0 + $1.total } == 4)
        #expect(rows[2].byArticle == [45: 2, 44: 1])
    }

    @Test("per quarter and per year")
    func byQuarterAndYear() throws {
        let quarters = ViolationReport.byPeriod(try register(), in: year2025, granularity: .quarter)
        #expect(quarters.map(\.total) == [3, 1, 0, 0])
        #expect(quarters.map(\.open) == [2, 1, 0, 0])
        let years = ViolationReport.byPeriod(try register(), in: year2025, granularity: .year)
        #expect(years.map(\.total) == [4])
    }
}
