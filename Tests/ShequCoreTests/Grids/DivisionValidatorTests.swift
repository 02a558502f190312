import Foundation
import Testing
@testable import ShequCore

@Suite("Validation of hostile and buggy divisions")
struct DivisionValidatorTests {
    let community = CommunityGenerator.small()
    let parameters = DivisionParameters(targetHouseholds: 4, minHouseholds: 1, maxHouseholds: 6)
    let bounds = DivisionBounds(minHouseholds: 1, maxHouseholds: 6)

    func refusal(_ grids: [ProposedGrid], bounds: DivisionBounds? = nil,
                 parameters: DivisionParameters? = nil) throws -> DivisionValidationError {
        let proposal = ProposedDivision(bounds: bounds ?? self.bounds, grids: grids)
        return try #require(throws: DivisionValidationError.self) {
            try DivisionValidator.validate(proposal, of: community, parameters: parameters ?? self.parameters)
        }
    }

    func whole(_ ids: String...) -> ProposedGrid {
        ProposedGrid(members: ids.map { ProposedGridMember(unitID: $0) })
    }

    @Test func acceptsAProperDivision() throws {
        let division = try DivisionValidator.validate(
            ProposedDivision(bounds: bounds, grids: [whole("B-3", "B-12"), whole("B-5", "B-20")]),
            of: community, parameters: parameters)
        #expect(division.grids.map(\.householdCount) == [5, 3])
        #expect(division.grids[0].members.map(\.unitID) == ["B-3", "B-12"])
        #expect(!division.numbersChosenByScript)
    }

    @Test func householdTwiceIsNamedWithItsGrids() throws {
        let error = try refusal([
            whole("B-3", "B-12"),
            ProposedGrid(members: [ProposedGridMember(unitID: "B-5"), ProposedGridMember(unitID: "B-20"),
                                   ProposedGridMember(unitID: "B-3", householdIDs: ["H-2"])]),
        ])
        #expect(error.failures.contains(.doubledHouseholds([.init(householdID: "H-2", grids: [1, 2])])))
        #expect(error.description.contains("H-2 (grids[1], grids[2])"))
    }

    @Test func missingHouseholdsAreListed() throws {
        let error = try refusal([whole("B-3", "B-12"), whole("B-5")])
        #expect(error.failures == [.missingHouseholds(["H-8"])])
        #expect(error.description.contains("1 household(s) are in no grid: H-8"))
    }

    @Test func foreignMembersAndHouseholdsAreListed() throws {
        let error = try refusal([
            whole("B-3", "B-12", "B-999"),
            ProposedGrid(members: [ProposedGridMember(unitID: "B-5"),
                                   ProposedGridMember(unitID: "B-20", householdIDs: ["H-8", "H-1", "X-1"])]),
        ])
        #expect(error.failures.contains(.foreignMembers(grid: 1, unitIDs: ["B-999"])))
        #expect(error.failures.contains(.foreignHouseholds(grid: 2, unitID: "B-20", householdIDs: ["H-1", "X-1"])))
        #expect(error.description.contains("B-999"))
    }

    @Test func emptyGridIsRefused() throws {
        let error = try refusal([whole("B-3", "B-12"), ProposedGrid(members: []), whole("B-5", "B-20")])
        #expect(error.failures == [.emptyGrid(grid: 2)])
        #expect(error.description.contains("grids[2] is empty"))
    }

    @Test func aMillionGridsAreRefusedBeforeAnyIsRead() throws {
        let hostile = ProposedDivision(bounds: bounds,
                                       grids: Array(repeating: whole("B-3"), count: 1_000_000))
        var caught: DivisionValidationError?
        do { _ = try DivisionValidator.validate(hostile, of: community, parameters: parameters) }
        catch { caught = error }
        let error = try #require(caught)
        // Only the count is reported: no grid was read, so nothing else was found.
        #expect(error.failures == [.tooManyGrids(count: 1_000_000, limit: 999)])
    }

    @Test func countyGridLimitIsEnforced() throws {
        let limited = DivisionParameters(targetHouseholds: 4, minHouseholds: 1, maxHouseholds: 6, maxGrids: 2)
        let error = try refusal([whole("B-3"), whole("B-12"), whole("B-5", "B-20")], parameters: limited)
        #expect(error.failures == [.tooManyGrids(count: 3, limit: 2)])
    }

    @Test func floodOfMembersIsRefusedBeforeAnyIsRead() throws {
        let flood = ProposedGrid(members: Array(repeating: ProposedGridMember(unitID: "B-3"), count: 100_000))
        let error = try refusal([flood])
        #expect(error.failures == [.tooManyMembers(count: 100_000, limit: 12)])
    }

    @Test func floodOfListedHouseholdsIsRefusedBeforeAnyIsRead() throws {
        let flood = ProposedGrid(members: [ProposedGridMember(unitID: "B-3", householdIDs: Array(repeating: "H-1", count: 50_000))])
        let error = try refusal([flood])
        #expect(error.failures == [.tooManyListedHouseholds(count: 50_000, limit: 8)])
    }

    @Test func sizesOutOfBoundsNameTheGridItsSizeAndTheBounds() throws {
        let tight = DivisionBounds(minHouseholds: 2, maxHouseholds: 4)
        let error = try refusal([whole("B-3", "B-12"), whole("B-5"), whole("B-20")], bounds: tight)
        #expect(error.failures == [
            .sizeOutOfBounds(grid: 1, households: 5, bounds: tight, soleUnitID: nil),
            .sizeOutOfBounds(grid: 3, households: 1, bounds: tight, soleUnitID: "B-20"),
        ])
        #expect(error.description.contains("grids[1] has 5 households, outside the declared bounds 2–4"))
    }

    @Test func invalidBoundsAndNumbering() throws {
        var numbered = [whole("B-3", "B-12"), whole("B-5", "B-20")]
        numbered[0].number = 4
        let mixed = try refusal(numbered)
        #expect(mixed.failures == [.mixedNumbering(gridsWithoutNumber: [2])])

        numbered[1].number = 4
        #expect(try refusal(numbered).failures == [.duplicateGridNumber(number: 4, grids: [1, 2])])

        numbered[1].number = 1000
        #expect(try refusal(numbered).failures == [.gridNumberOutOfRange(grid: 2, number: 1000)])

        let inverted = DivisionBounds(minHouseholds: 9, maxHouseholds: 3)
        #expect(try refusal([whole("B-3", "B-12", "B-5", "B-20")], bounds: inverted).failures.first == .invalidBounds(inverted))
    }

    @Test func scriptNumbersAreKept() throws {
        var grids = [whole("B-3", "B-12"), whole("B-5", "B-20")]
        grids[0].number = 7
        grids[1].number = 2
        let division = try DivisionValidator.validate(ProposedDivision(bounds: bounds, grids: grids),
                                                      of: community, parameters: parameters)
        #expect(division.grids.map(\.code.rawValue) == ["411502001001002", "411502001001007"])
        #expect(division.numbersChosenByScript)
    }

    @Test func splittingAUnitIsRefusedUnlessAllowedForOversizedUnits() throws {
        let grids = [
            ProposedGrid(members: [ProposedGridMember(unitID: "B-3", householdIDs: ["H-1"]), ProposedGridMember(unitID: "B-12")]),
            ProposedGrid(members: [ProposedGridMember(unitID: "B-3", householdIDs: ["H-2", "H-3"]),
                                   ProposedGridMember(unitID: "B-5"), ProposedGridMember(unitID: "B-20")]),
        ]
        let error = try refusal(grids)
        #expect(error.failures == [.splitNotAllowed(unitID: "B-3", unitHouseholds: 3, grids: [1, 2],
                                                    splittingAllowed: false, maxHouseholds: 6)])
        let allowing = DivisionParameters(targetHouseholds: 2, minHouseholds: 1, maxHouseholds: 2, splitsOversizedUnits: true)
        let tight = DivisionBounds(minHouseholds: 1, maxHouseholds: 2)
        let split = [
            ProposedGrid(members: [ProposedGridMember(unitID: "B-3", householdIDs: ["H-1"])]),
            ProposedGrid(members: [ProposedGridMember(unitID: "B-3", householdIDs: ["H-2", "H-3"])]),
            whole("B-12"), whole("B-5"), whole("B-20"),
        ]
        let division = try DivisionValidator.validate(ProposedDivision(bounds: tight, grids: split),
                                                      of: community, parameters: allowing)
        #expect(division.grids.count == 5)
    }

    @Test func everyFailureIsReportedAtOnce() throws {
        let error = try refusal([whole("B-3", "B-3"), ProposedGrid(members: []), whole("B-12", "B-404")])
        #expect(error.failures.contains(.missingHouseholds(["H-6", "H-7", "H-8"])))
        #expect(error.failures.contains(.emptyGrid(grid: 2)))
        #expect(error.failures.contains(.foreignMembers(grid: 3, unitIDs: ["B-404"])))
        #expect(error.failures.contains { if case .doubledHouseholds(let doubled) = $0 { doubled.count == 3 } else { false } })
    }

    @Test func inconsistentCommunityDataIsReportedAsSuch() throws {
        var broken = community
        broken.units[1].householdIDs.append("H-1")
        let error = try #require(throws: DivisionValidationError.self) {
            try DivisionValidator.validate(ProposedDivision(bounds: bounds, grids: [whole("B-3")]), of: broken,
                                           parameters: parameters)
        }
        #expect(error.failures == [.inconsistentCommunity("household H-1 is listed in both B-3 and B-12")])
    }

    @Test func decodesWhatALuaScriptReturns() throws {
        let json = """
        {"bounds": {"min_households": 1, "max_households": 6},
         "grids": [{"members": [{"unit_id": "B-3"}, {"unit_id": "B-12"}]},
                   {"kind": "basic", "members": [{"unit_id": "B-5", "household_ids": ["H-6", "H-7"]}, {"unit_id": "B-20"}]}]}
        """
        let proposal = try JSONDecoder().decode(ProposedDivision.self, from: Data(json.utf8))
        #expect(proposal.grids[0].kind == .basic)
        #expect(proposal.grids[1].members[0].householdIDs == ["H-6", "H-7"])
        let division = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
        #expect(division.grids.count == 2)

        let encoded = String(decoding: try JSONEncoder().encode(community), as: UTF8.self)
        for key in ["community_code", "township_name", "household_ids", "household_count", "\"lon\""] {
            #expect(encoded.contains(key))
        }
        let roundTrip = try JSONDecoder().decode(DivisionCommunity.self, from: Data(encoded.utf8))
        #expect(roundTrip == community)
    }
}
