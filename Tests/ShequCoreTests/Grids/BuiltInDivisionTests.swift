import Testing
@testable import ShequCore

@Suite("Built-in division")
struct BuiltInDivisionTests {
    static let urban = DivisionParameters(targetHouseholds: 300, minHouseholds: 100, maxHouseholds: 500,
                                          splitsOversizedUnits: true)
    static let micro = DivisionParameters(targetHouseholds: 40, minHouseholds: 20, maxHouseholds: 160,
                                          splitsOversizedUnits: true)
    static let rural = DivisionParameters(targetHouseholds: 200, minHouseholds: 15, maxHouseholds: 450,
                                          splitsOversizedUnits: true)

    /// Checks the partition property independently of the validator.
    static func expectPartition(_ division: ValidatedDivision, of community: DivisionCommunity) {
        var seen: [String: Int] = [:]
        for grid in division.grids {
            #expect(grid.communityCode == community.communityCode)
            #expect(!grid.members.isEmpty)
            for household in grid.householdIDs { seen[household, default: 0] += 1 }
        }
        let all = community.units.flatMap(\.householdIDs)
        #expect(seen.count == all.count)
        #expect(Set(all) == Set(seen.keys))
        #expect(seen.values.allSatisfy { $0 == 1 })
        let codes = division.grids.map(\.code)
        #expect(Set(codes).count == codes.count)
    }

    @Test(arguments: [urban, micro, rural])
    func partitionHoldsOnGeneratedCommunities(parameters: DivisionParameters) throws {
        for index in 0..<400 {
            let community = CommunityGenerator.community(index: index, seed: 2025)
            let proposal = BuiltInDivision.divide(community, parameters: parameters)
            let division = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
            Self.expectPartition(division, of: community)
            for grid in division.grids where !grid.kind.isDedicated && division.grids.count(where: { !$0.kind.isDedicated }) > 1 {
                #expect(parameters.bounds.contains(grid.householdCount), "\(grid.code) has \(grid.householdCount)")
            }
        }
    }

    @Test func keepsUnitsWholeAndFollowsAddressOrder() throws {
        let parameters = DivisionParameters(targetHouseholds: 4, minHouseholds: 2, maxHouseholds: 5)
        let community = CommunityGenerator.small()
        let proposal = BuiltInDivision.divide(community, parameters: parameters)
        #expect(proposal.grids.map { $0.members.map(\.unitID) } == [["B-3", "B-5"], ["B-12", "B-20"]])
        #expect(proposal.grids.flatMap(\.members).allSatisfy { $0.householdIDs == nil })
        let division = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
        #expect(division.grids.map(\.name) == ["老城街道义阳社区第1网格", "老城街道义阳社区第2网格"])
        #expect(division.grids.map(\.householdCount) == [5, 3])
    }

    @Test func unitsInAddressOrderAcrossGrids() {
        for index in 0..<100 {
            let community = CommunityGenerator.community(index: index, seed: 7)
            // A minimum of 1 never forces a leftover into a distant grid.
            let loose = DivisionParameters(targetHouseholds: 40, minHouseholds: 1, maxHouseholds: 160,
                                           splitsOversizedUnits: true)
            let proposal = BuiltInDivision.divide(community, parameters: loose)
            let byID = Dictionary(uniqueKeysWithValues: community.units.map { ($0.id, $0) })
            var seenUnits: [String] = []
            for member in proposal.grids.filter({ !$0.kind.isDedicated }).flatMap(\.members) where seenUnits.last != member.unitID {
                seenUnits.append(member.unitID)
            }
            let addresses = seenUnits.map { byID[$0]!.address }
            #expect(addresses == addresses.sorted(by: AddressOrder.areInIncreasingOrder))
        }
    }

    @Test func dedicatedUnitsGetTheirOwnGrid() throws {
        var community = CommunityGenerator.small()
        community.units.append(DivisionUnit(id: "S-1", kind: .building, address: "义阳路1号", householdIDs: [],
                                            dedicated: .school))
        let parameters = DivisionParameters(targetHouseholds: 8, minHouseholds: 1, maxHouseholds: 10)
        let division = try DivisionValidator.validate(BuiltInDivision.divide(community, parameters: parameters),
                                                      of: community, parameters: parameters)
        #expect(division.grids.map(\.kind) == [.school, .basic])
        #expect(division.grids[0].name == "老城街道义阳社区第1网格（学校专属网格）")
        #expect(division.grids[0].householdCount == 0)
    }

    @Test func oversizedUnitIsSplitOnlyWhenAllowed() throws {
        let village = DivisionUnit(id: "V-1", kind: .naturalVillage, address: "黄湾组",
                                   householdIDs: (0..<900).map { "H-\($0)" })
        let community = DivisionCommunity(communityCode: "411523100200", communityName: "吴家店村委会",
                                          townshipName: "吴家店镇", kind: .rural, units: [village])

        let allowed = DivisionParameters(targetHouseholds: 300, minHouseholds: 100, maxHouseholds: 450,
                                         splitsOversizedUnits: true)
        let split = try DivisionValidator.validate(BuiltInDivision.divide(community, parameters: allowed),
                                                   of: community, parameters: allowed)
        #expect(split.grids.map(\.householdCount) == [300, 300, 300])
        #expect(split.grids.allSatisfy { $0.members.count == 1 && !$0.members[0].isWholeUnit })

        let forbidden = DivisionParameters(targetHouseholds: 300, minHouseholds: 100, maxHouseholds: 450)
        let proposal = BuiltInDivision.divide(community, parameters: forbidden)
        #expect(proposal.grids.count == 1)
        let error = try #require(throws: DivisionValidationError.self) {
            try DivisionValidator.validate(proposal, of: community, parameters: forbidden)
        }
        #expect(error.failures == [.sizeOutOfBounds(grid: 1, households: 900, bounds: forbidden.bounds, soleUnitID: "V-1")])
        #expect(error.description.contains("allow split_oversized_units"))
    }

    @Test func smallLastGridIsMergedBackward() {
        let units = [40, 40, 5].enumerated().map { index, size in
            DivisionUnit(id: "B-\(index + 1)", kind: .building, address: "\(index + 1)号楼",
                         householdIDs: (0..<size).map { "H-\(index)-\($0)" })
        }
        let community = DivisionCommunity(communityCode: "411502001001", communityName: "义阳居委会",
                                          townshipName: "老城街道办事处", kind: .urban, units: units)
        let proposal = BuiltInDivision.divide(community, parameters: DivisionParameters(
            targetHouseholds: 40, minHouseholds: 20, maxHouseholds: 60))
        #expect(proposal.grids.map { $0.members.map(\.unitID) } == [["B-1"], ["B-2", "B-3"]])
    }
}

@Suite("Built-in division without splitting")
struct BuiltInDivisionWholeUnitsTests {
    /// With splitting off, a division is either a valid partition or refused only because
    /// single units are larger than the maximum, and the refusal names them.
    @Test func eitherValidOrRefusedNamingTheOversizedUnit() throws {
        let parameters = DivisionParameters(targetHouseholds: 200, minHouseholds: 15, maxHouseholds: 450)
        var refused = 0
        for index in 0..<400 {
            let community = CommunityGenerator.community(index: index, seed: 31)
            let proposal = BuiltInDivision.divide(community, parameters: parameters)
            #expect(proposal.grids.flatMap(\.members).allSatisfy { $0.householdIDs == nil })
            do {
                let division = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
                BuiltInDivisionTests.expectPartition(division, of: community)
            } catch {
                refused += 1
                let oversized = Set(community.units.filter { $0.householdCount > 450 }.map(\.id))
                #expect(!oversized.isEmpty)
                for failure in error.failures {
                    guard case let .sizeOutOfBounds(_, households, _, sole) = failure else {
                        Issue.record("unexpected failure \(failure)")
                        continue
                    }
                    #expect(households > 450)
                    #expect(sole.map(oversized.contains) == true)
                }
            }
        }
        #expect(refused > 0)
    }
}
