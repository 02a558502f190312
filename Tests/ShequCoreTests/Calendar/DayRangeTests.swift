import Testing
@testable import ShequCore

@Suite("Day ranges for points periods")
struct DayRangeTests {
    @Test("month, quarter and year ranges contain their days")
    func ranges() {
        let day = Fixtures.day("2025-05-18")
        #expect(DayRange.month(containing: day).description == "2025-05-01..2025-05-31")
        #expect(DayRange.quarter(containing: day).description == "2025-04-01..2025-06-30")
        #expect(DayRange.year(containing: day).description == "2025-01-01..2025-12-31")
        #expect(!DayRange.month(containing: day).contains(Fixtures.day("2025-06-01")))
        #expect(DayRange(first: day, last: Fixtures.day("2025-05-17")) == nil)
    }

    @Test("February ends on the 28th, or the 29th in a leap year")
    func february() {
        #expect(DayRange.month(containing: Fixtures.day("2025-02-10")).last == Fixtures.day("2025-02-28"))
        #expect(DayRange.month(containing: Fixtures.day("2024-02-10")).last == Fixtures.day("2024-02-29"))
        #expect(DayRange.quarter(containing: Fixtures.day("2025-11-30")).description == "2025-10-01..2025-12-31")
    }

    @Test("days read the way Chinese notices write them")
    func chinese() {
        #expect(Fixtures.day("2025-03-01").chinese == "2025年3月1日")
    }
}
