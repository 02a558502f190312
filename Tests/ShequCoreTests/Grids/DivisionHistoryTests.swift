import Foundation
import Testing
@testable import ShequCore

@Suite("Division history and preview")
struct DivisionHistoryTests {
    let community = CommunityGenerator.small()
    let parameters = DivisionParameters(targetHouseholds: 4, minHouseholds: 1, maxHouseholds: 6)
    let bounds = DivisionBounds(minHouseholds: 1, maxHouseholds: 6)

    func validated(_ grids: [[String]]) throws -> ValidatedDivision {
        let proposal = ProposedDivision(bounds: bounds, grids: grids.map { ids in
            ProposedGrid(members: ids.map { ProposedGridMember(unitID: $0) })
        })
        return try DivisionValidator.validate(proposal, of: community, parameters: parameters)
    }

    func day(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }

    @Test func householdGridByDateAcrossVersions() throws {
        var history = DivisionHistory(communityCode: community.communityCode)
        let first = try history.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "老城街道办事处")
        try history.preview(version: first)
        try history.apply(version: first, from: day("2025-03-01"), by: "老城街道办事处")

        // B-12 moves to the grid of B-5.
        let second = try history.propose(validated([["B-3"], ["B-12", "B-5", "B-20"]]), on: day("2025-05-20"), by: "老城街道办事处")
        try history.preview(version: second)
        try history.apply(version: second, from: day("2025-07-01"), by: "老城街道办事处")

        #expect(history.grid(ofHousehold: "H-4", on: try day("2025-02-28")) == nil)
        let before = try #require(history.grid(ofHousehold: "H-4", on: day("2025-06-30")))
        let after = try #require(history.grid(ofHousehold: "H-4", on: day("2025-07-01")))
        #expect(before.members.map(\.unitID) == ["B-3", "B-12"])
        #expect(after.members.map(\.unitID) == ["B-5", "B-12", "B-20"])
        #expect(history.division(on: try day("2026-01-01"))?.version == second)
        #expect(history.division(version: first)?.status == .applied)
        #expect(history.applied.map(\.version) == [first, second])
    }

    @Test func continuingGridsKeepTheirCodesAndNewOnesGetFreshNumbers() throws {
        var history = DivisionHistory(communityCode: community.communityCode)
        let first = try history.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "街道")
        try history.preview(version: first)
        try history.apply(version: first, from: day("2025-03-01"), by: "街道")

        // Proposed in another order: the grid holding B-5 and B-20 is listed first.
        let second = try history.propose(validated([["B-5", "B-20"], ["B-3"], ["B-12"]]), on: day("2025-05-01"), by: "街道")
        let diff = try history.preview(version: second)
        let grids = try #require(history.division(version: second)).grids
        let byFirstUnit = Dictionary(uniqueKeysWithValues: grids.map { ($0.members[0].unitID, $0) })
        #expect(byFirstUnit["B-5"]?.number == 2)
        #expect(byFirstUnit["B-3"]?.number == 1)
        #expect(byFirstUnit["B-12"]?.number == 3)
        #expect(byFirstUnit["B-12"]?.name == "老城街道义阳社区第3网格")

        #expect(diff.fromVersion == first)
        #expect(diff.added.map(\.code.rawValue) == ["411502001001003"])
        #expect(diff.removed.isEmpty)
        #expect(diff.resized.map { [$0.fromHouseholds, $0.toHouseholds] } == [[5, 3]])
        #expect(diff.moves.map(\.householdID) == ["H-4", "H-5"])
        #expect(diff.moves.allSatisfy { $0.from?.number == 1 && $0.to?.number == 3 })
        #expect(diff.summary == "新增网格1个，撤销网格0个，调整规模1个，变动住户2户")
    }

    @Test func previewOfFirstDivisionAddsEverything() throws {
        var history = DivisionHistory(communityCode: community.communityCode)
        let version = try history.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "街道")
        let diff = try history.preview(version: version)
        #expect(diff.fromVersion == nil)
        #expect(diff.added.count == 2)
        #expect(diff.moves.count == 8)
        #expect(diff.moves.allSatisfy { $0.from == nil })
    }

    @Test func removedGridsAndUnchangedDivision() throws {
        var history = DivisionHistory(communityCode: community.communityCode)
        let first = try history.propose(validated([["B-3"], ["B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "街道")
        try history.preview(version: first)
        try history.apply(version: first, from: day("2025-03-01"), by: "街道")
        let merged = try history.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-04-01"), by: "街道")
        let diff = try history.preview(version: merged)
        #expect(diff.removed.map(\.households) == [2])
        #expect(diff.added.isEmpty)
        #expect(Set(diff.moves.map(\.householdID)) == ["H-4", "H-5"])

        let same = try history.propose(validated([["B-3"], ["B-12"], ["B-5", "B-20"]]), on: day("2025-04-02"), by: "街道")
        #expect(try history.preview(version: same).isEmpty)
    }

    @Test func stepsOutOfOrderAreRefused() throws {
        var history = DivisionHistory(communityCode: community.communityCode)
        let first = try history.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "街道")
        #expect(throws: DivisionHistoryError.notPreviewed(version: first)) {
            try history.apply(version: first, from: day("2025-03-01"), by: "街道")
        }
        let second = try history.propose(validated([["B-3"], ["B-12", "B-5", "B-20"]]), on: day("2025-02-02"), by: "街道")
        try history.preview(version: first)
        try history.preview(version: second)
        try history.apply(version: first, from: day("2025-03-01"), by: "街道")
        #expect(throws: DivisionHistoryError.alreadyApplied(version: first)) {
            try history.apply(version: first, from: day("2025-04-01"), by: "街道")
        }
        // Previewed against no division, but version 1 now applies.
        #expect(throws: DivisionHistoryError.previewOutdated(version: second, previewedAgainst: nil, inForce: first)) {
            try history.apply(version: second, from: day("2025-04-01"), by: "街道")
        }
        try history.preview(version: second)
        let march = try day("2025-03-01")
        #expect(throws: DivisionHistoryError.notAfterLatest(version: second, from: march, latest: march)) {
            try history.apply(version: second, from: march, by: "街道")
        }
        #expect(throws: DivisionHistoryError.unknownVersion(9)) { try history.preview(version: 9) }

        var other = DivisionHistory(communityCode: "411502001002")
        #expect(throws: DivisionHistoryError.wrongCommunity(expected: "411502001002", found: community.communityCode)) {
            try other.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "街道")
        }
    }
}

extension DivisionHistoryTests {
    @Test func historySurvivesEncoding() throws {
        var history = DivisionHistory(communityCode: community.communityCode)
        let version = try history.propose(validated([["B-3", "B-12"], ["B-5", "B-20"]]), on: day("2025-02-01"), by: "街道")
        try history.preview(version: version)
        try history.apply(version: version, from: day("2025-03-01"), by: "街道")
        let data = try JSONEncoder().encode(history)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"applied_from\":\"2025-03-01\""))
        #expect(text.contains("\"household_ids\""))
        let back = try JSONDecoder().decode(DivisionHistory.self, from: data)
        #expect(back == history)
        #expect(back.grid(ofHousehold: "H-8", on: try day("2025-03-01"))?.number == 2)
    }
}
