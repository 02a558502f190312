/// The host's check of a division, from ``BuiltInDivision`` or a county's plugin, before
/// it can be previewed or applied (Art. 34).
///
/// A division passes when:
///
/// - it has at most ``DivisionParameters/maxGrids`` grids and no more members than a
///   valid division could have, and no more listed households than the community has
///   (checked first, the grid count in constant time, so a script that returns a million
///   grids is refused before any of them is read);
/// - its bounds satisfy `0 ≤ min_households ≤ max_households`;
/// - grid numbers are given for every grid or for none, inside 1–999, each once;
/// - every member is a building or natural village of this community, and households
///   listed under a member belong to that unit;
/// - every household of the community is in exactly one grid, and every unit without
///   households is in a grid;
/// - units are kept whole, unless the county allows splitting and the unit has more
///   households than the declared maximum;
/// - no grid is empty: every grid has members, and every basic grid has households
///   (unless the community has none at all); every basic grid's household count is inside the declared
///   bounds (the minimum does not apply when the community has a single basic grid;
///   dedicated grids are sized by their institution and are not bounded).
///
/// Every failure found is reported, not only the first, so a plugin author can fix all
/// of them at once. The check runs in time linear in the community's households.
///
/// ```swift
/// let proposal = BuiltInDivision.divide(community, parameters: parameters)
/// let division = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
/// ```
public enum DivisionValidator {
    /// Checks `proposal` against `community` and the county's `parameters`, and returns
    /// the numbered, named grids.
    ///
    /// - Throws: ``DivisionValidationError`` listing every ``DivisionFailure`` found.
    public static func validate(
        _ proposal: ProposedDivision,
        of community: DivisionCommunity,
        parameters: DivisionParameters
    ) throws(DivisionValidationError) -> ValidatedDivision {
        func refuse(_ failures: [DivisionFailure]) -> DivisionValidationError {
            DivisionValidationError(communityCode: community.communityCode, failures: failures)
        }

        // Cheap limits first: nothing below may touch a hostile number of grids or members.
        let gridLimit = min(parameters.maxGrids, GridCode.highestNumber)
        guard proposal.grids.count <= gridLimit else {
            throw refuse([.tooManyGrids(count: proposal.grids.count, limit: gridLimit)])
        }
        let memberCount = proposal.grids.reduce(0) { $0 + $1.members.count }
        let memberLimit = max(community.householdCount, 0) + community.units.count
        guard memberCount <= memberLimit else {
            throw refuse([.tooManyMembers(count: memberCount, limit: memberLimit)])
        }

        let listed = proposal.grids.reduce(0) { total, grid in
            grid.members.reduce(total) { $0 + ($1.householdIDs?.count ?? 0) }
        }
        guard listed <= community.householdCount else {
            throw refuse([.tooManyListedHouseholds(count: listed, limit: community.householdCount)])
        }

        let index: CommunityIndex
        do {
            index = try CommunityIndex(community)
        } catch {
            throw refuse([.inconsistentCommunity(error.detail)])
        }
        var failures: [DivisionFailure] = []

        let bounds = proposal.bounds
        if bounds.minHouseholds < 0 || bounds.minHouseholds > bounds.maxHouseholds {
            failures.append(.invalidBounds(bounds))
        }
        failures += numberingFailures(proposal.grids)

        // owner[h] is the 1-based grid holding household h, 0 when none yet.
        var owner = [Int](repeating: 0, count: index.householdIDs.count)
        var doubled: [Int: [Int]] = [:]
        var unitGrids = [[Int]](repeating: [], count: community.units.count)
        var unitIsPartial = [Bool](repeating: false, count: community.units.count)
        var members: [[GridMember]] = []
        members.reserveCapacity(proposal.grids.count)

        for (offset, grid) in proposal.grids.enumerated() {
            let position = offset + 1
            var foreignUnits: [String] = []
            var gridMembers: [GridMember] = []
            gridMembers.reserveCapacity(grid.members.count)

            for member in grid.members {
                guard let unitIndex = index.unitIndex[member.unitID] else {
                    foreignUnits.append(member.unitID)
                    continue
                }
                let unit = community.units[unitIndex]
                if unitGrids[unitIndex].last != position { unitGrids[unitIndex].append(position) }

                var households: [Int] = []
                var listedIDs: [String] = []
                if let listed = member.householdIDs {
                    var foreign: [String] = []
                    for id in listed {
                        if let household = index.householdIndex[id], index.householdUnit[household] == unitIndex {
                            households.append(household)
                        } else {
                            foreign.append(id)
                        }
                    }
                    if !foreign.isEmpty {
                        failures.append(.foreignHouseholds(grid: position, unitID: unit.id, householdIDs: foreign))
                    }
                    if listed.count != unit.householdCount || !foreign.isEmpty { unitIsPartial[unitIndex] = true }
                    listedIDs = households.map { index.householdIDs[$0] }
                } else {
                    households = Array(index.unitRanges[unitIndex])
                    listedIDs = unit.householdIDs
                }
                for household in households {
                    let previous = owner[household]
                    if previous == 0 {
                        owner[household] = position
                    } else {
                        doubled[household, default: [previous]].append(position)
                    }
                }
                gridMembers.append(GridMember(
                    unitID: unit.id, unitKind: unit.kind, address: unit.address,
                    householdIDs: listedIDs, isWholeUnit: member.householdIDs == nil || listedIDs.count == unit.householdCount,
                    coordinate: unit.coordinate
                ))
            }
            if !foreignUnits.isEmpty {
                failures.append(.foreignMembers(grid: position, unitIDs: foreignUnits))
            }
            members.append(gridMembers)
        }

        let missing = owner.indices.filter { owner[$0] == 0 }.map { index.householdIDs[$0] }
        if !missing.isEmpty { failures.append(.missingHouseholds(missing)) }
        if !doubled.isEmpty {
            let records = doubled.keys.sorted().map {
                DivisionFailure.DoubledHousehold(householdID: index.householdIDs[$0], grids: doubled[$0]!)
            }
            failures.append(.doubledHouseholds(records))
        }
        let missingUnits = community.units.indices
            .filter { community.units[$0].householdCount == 0 && unitGrids[$0].isEmpty }
            .map { community.units[$0].id }
        if !missingUnits.isEmpty { failures.append(.missingUnits(missingUnits)) }

        for unitIndex in community.units.indices where unitGrids[unitIndex].count > 1 || unitIsPartial[unitIndex] {
            let unit = community.units[unitIndex]
            let allowed = parameters.splitsOversizedUnits && unit.householdCount > bounds.maxHouseholds
            if !allowed {
                failures.append(.splitNotAllowed(
                    unitID: unit.id, unitHouseholds: unit.householdCount, grids: unitGrids[unitIndex],
                    splittingAllowed: parameters.splitsOversizedUnits, maxHouseholds: bounds.maxHouseholds
                ))
            }
        }

        let basicCount = proposal.grids.filter { !$0.kind.isDedicated }.count
        for (offset, grid) in proposal.grids.enumerated() {
            let size = members[offset].reduce(0) { $0 + $1.householdIDs.count }
            if grid.members.isEmpty || (!grid.kind.isDedicated && size == 0 && !index.householdIDs.isEmpty) {
                failures.append(.emptyGrid(grid: offset + 1))
                continue
            }
            guard !grid.kind.isDedicated else { continue }
            let belowMinimum = size < bounds.minHouseholds && basicCount > 1
            if belowMinimum || size > bounds.maxHouseholds {
                let sole = members[offset].count == 1 && members[offset][0].isWholeUnit ? members[offset][0].unitID : nil
                failures.append(.sizeOutOfBounds(grid: offset + 1, households: size, bounds: bounds, soleUnitID: sole))
            }
        }

        guard failures.isEmpty else { throw refuse(failures) }

        let chosen = proposal.grids.first?.number != nil
        var grids: [Grid] = []
        grids.reserveCapacity(proposal.grids.count)
        for (offset, proposed) in proposal.grids.enumerated() {
            let number = proposed.number ?? offset + 1
            // The numbering checks above guarantee a valid code.
            guard let code = try? GridCode(communityCode: community.communityCode, number: number) else {
                throw refuse([.inconsistentCommunity("community identifier \"\(community.communityCode)\" cannot prefix a grid code")])
            }
            let ordered = AddressOrder.sorted(members[offset], address: \.address, tieBreak: { _, _ in false })
            grids.append(Grid(
                code: code,
                name: GridNaming.name(townshipName: community.townshipName, communityName: community.communityName,
                                      number: number, kind: proposed.kind),
                kind: proposed.kind,
                members: ordered
            ))
        }
        grids.sort { $0.number < $1.number }
        return ValidatedDivision(communityCode: community.communityCode, communityName: community.communityName,
                                 townshipName: community.townshipName, bounds: bounds, grids: grids,
                                 numbersChosenByScript: chosen)
    }

    private static func numberingFailures(_ grids: [ProposedGrid]) -> [DivisionFailure] {
        var failures: [DivisionFailure] = []
        let unnumbered = grids.indices.filter { grids[$0].number == nil }.map { $0 + 1 }
        if !unnumbered.isEmpty && unnumbered.count != grids.count {
            failures.append(.mixedNumbering(gridsWithoutNumber: unnumbered))
        }
        var byNumber: [Int: [Int]] = [:]
        for (offset, grid) in grids.enumerated() {
            guard let number = grid.number else { continue }
            if !(1...GridCode.highestNumber).contains(number) {
                failures.append(.gridNumberOutOfRange(grid: offset + 1, number: number))
            }
            byNumber[number, default: []].append(offset + 1)
        }
        for number in byNumber.keys.sorted() where byNumber[number]!.count > 1 {
            failures.append(.duplicateGridNumber(number: number, grids: byNumber[number]!))
        }
        return failures
    }
}

/// The community's units and households by identifier, built once per validation.
private struct CommunityIndex {
    var unitIndex: [String: Int] = [:]
    var householdIDs: [String] = []
    var householdIndex: [String: Int] = [:]
    var householdUnit: [Int] = []
    var unitRanges: [Range<Int>] = []

    init(_ community: DivisionCommunity) throws(InconsistentCommunity) {
        let total = community.householdCount
        unitIndex.reserveCapacity(community.units.count)
        householdIDs.reserveCapacity(total)
        householdIndex.reserveCapacity(total)
        householdUnit.reserveCapacity(total)
        for (position, unit) in community.units.enumerated() {
            if unitIndex.updateValue(position, forKey: unit.id) != nil {
                throw InconsistentCommunity(detail: "unit \(unit.id) is listed twice")
            }
            let start = householdIDs.count
            for household in unit.householdIDs {
                if let earlier = householdIndex.updateValue(householdIDs.count, forKey: household) {
                    let other = community.units[householdUnit[earlier]].id
                    throw InconsistentCommunity(detail: "household \(household) is listed in both \(other) and \(unit.id)")
                }
                householdIDs.append(household)
                householdUnit.append(position)
            }
            unitRanges.append(start..<householdIDs.count)
        }
    }
}

private struct InconsistentCommunity: Error {
    var detail: String
}
