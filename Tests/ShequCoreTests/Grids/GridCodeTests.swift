import Foundation
import Testing
@testable import ShequCore

@Suite("Grid codes and names")
struct GridCodeTests {
    @Test func statisticalCodeIsFifteenDigitsWithCountyTownshipCommunityPrefixes() throws {
        let code = try GridCode(communityCode: "411502001001", number: 3)
        #expect(code.rawValue == "411502001001003")
        #expect(code.rawValue.count == 15)
        #expect(code.isStatistical)
        #expect(code.countyCode == "411502")
        #expect(code.townshipCode == "411502001")
        #expect(try GridCode(communityCode: "411502001001", number: 999).rawValue == "411502001001999")
    }

    @Test func provisionalCodeForCommunityWithoutStatisticalCode() throws {
        let code = try GridCode(communityCode: "信阳市/浉河区/老城街道办事处/义阳居委会", number: 12)
        #expect(code.rawValue == "信阳市/浉河区/老城街道办事处/义阳居委会#012")
        #expect(!code.isStatistical)
        #expect(code.countyCode == nil)
        #expect(GridCode(rawValue: code.rawValue) == code)
    }

    @Test func parsesBothFormsAndRejectsOthers() throws {
        #expect(GridCode(rawValue: "411502001001003") == (try GridCode(communityCode: "411502001001", number: 3)))
        #expect(GridCode(rawValue: "411502001001000") == nil)
        #expect(GridCode(rawValue: "41150200100100") == nil)
        #expect(GridCode(rawValue: "义阳居委会#3") == nil)
        #expect(GridCode(rawValue: "义阳居委会#1000") == nil)
        // A 12-digit community written in the provisional form would collide with the statistical one.
        #expect(GridCode(rawValue: "411502001001#003") == nil)
    }

    @Test func refusesNumbersOutsideTheCodeSpace() {
        #expect(throws: GridCodeError.numberOutOfRange(0)) { try GridCode(communityCode: "411502001001", number: 0) }
        #expect(throws: GridCodeError.numberOutOfRange(1000)) { try GridCode(communityCode: "411502001001", number: 1000) }
        #expect(throws: GridCodeError.invalidCommunityCode("a#b")) { try GridCode(communityCode: "a#b", number: 1) }
    }

    @Test func encodesAsItsText() throws {
        let code = try GridCode(communityCode: "411502001001", number: 7)
        let data = try JSONEncoder().encode([code])
        #expect(String(decoding: data, as: UTF8.self) == "[\"411502001001007\"]")
        #expect(try JSONDecoder().decode([GridCode].self, from: data) == [code])
    }

    @Test func readableNames() {
        #expect(GridNaming.name(townshipName: "老城街道办事处", communityName: "义阳居委会", number: 3, kind: .basic)
            == "老城街道义阳社区第3网格")
        #expect(GridNaming.name(townshipName: "吴家店镇", communityName: "吴家店村委会", number: 12, kind: .school)
            == "吴家店镇吴家店村第12网格（学校专属网格）")
        #expect(GridNaming.spokenCommunity("五星社区居民委员会") == "五星社区")
        #expect(GridNaming.spokenCommunity("居委会") == "居委会")
    }

    @Test func civilDates() throws {
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2025-02-29") == nil)
        #expect(CivilDate("2025-3-01") == nil)
        let day = try #require(CivilDate("2025-03-01"))
        #expect(day.description == "2025-03-01")
        #expect(day < (try #require(CivilDate(year: 2025, month: 3, day: 2))))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data("[\"2025-13-01\"]".utf8)) }
    }
}
