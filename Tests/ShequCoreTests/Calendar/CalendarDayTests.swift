import Testing
@testable import ShequCore

@Suite("Calendar days and ranges")
struct CalendarDayTests {
    @Test("parses and prints YYYY-MM-DD, and orders days")
    func roundTrip() throws {
        let day = try CalendarDay("2025-03-01")
        #expect(day.description == "2025-03-01")
        #expect(day.chinese == "2025年3月1日")
        #expect(day < (try CalendarDay("2025-03-02")))
        #expect(try CalendarDay("2024-12-31") < day)
    }

    @Test("refuses dates that do not exist", arguments: ["2025-02-29", "2025-13-01", "2025-04-31", "25-01-01", "2025/01/01", ""])
    func invalid(_ text: String) {
        #expect(throws: CalendarDayError(text: text)) { try CalendarDay(text) }
    }

    @Test("accepts 29 February in a leap year")
    func leapDay() throws {
        #expect(try CalendarDay("2024-02-29").day == 29)
    }

    @Test("month, quarter and year ranges contain their days")
    func ranges() throws {
        let day = try CalendarDay("2025-05-18")
        #expect(DayRange.month(containing: day).description == "2025-05-01..2025-05-31")
        #expect(DayRange.quarter(containing: day).description == "2025-04-01..2025-06-30")
        #expect(DayRange.year(containing: day).description == "2025-01-01..2025-12-31")
        #expect(!DayRange.month(containing: day).contains(try CalendarDay("2025-06-01")))
        #expect(DayRange(first: day, last: try CalendarDay("2025-05-17")) == nil)
    }
}
