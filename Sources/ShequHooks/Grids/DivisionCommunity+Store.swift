import ShequCore

extension DivisionCommunity {
    /// The community as a division sees it (Art. 34): its dwellings (buildings or
    /// natural villages) as units with their households, read from a store.
    ///
    /// Units are identified by dwelling ID; a household recorded without a dwelling
    /// becomes a unit of its own, addressed by the household's address.
    ///
    /// ```swift
    /// let community = try await DivisionCommunity.load(division, townshipName: "老城街道", from: store)
    /// ```
    public static func load(
        _ division: Division,
        townshipName: String,
        from store: some HouseholdStore
    ) async throws -> DivisionCommunity {
        let dwellings = try await store.dwellings(in: division.id)
        var households: [DwellingID: [String]] = [:]
        var loose: [Household] = []
        for try await household in Page.stream(limit: 5_000, { try await store.households(in: division.id, page: $0) }) {
            if let dwelling = household.dwellingID {
                households[dwelling, default: []].append(household.id.rawValue)
            } else {
                loose.append(household)
            }
        }
        var units = dwellings.map { dwelling in
            DivisionUnit(id: dwelling.id.rawValue,
                         kind: dwelling.kind == .building ? .building : .naturalVillage,
                         address: dwelling.name,
                         householdIDs: households.removeValue(forKey: dwelling.id) ?? [])
        }
        // Households pointing at a dwelling the store does not list still need a grid.
        for (dwelling, ids) in households.sorted(by: { $0.key < $1.key }) {
            units.append(DivisionUnit(id: dwelling.rawValue, kind: .building, address: dwelling.rawValue, householdIDs: ids))
        }
        for household in loose {
            units.append(DivisionUnit(id: household.id.rawValue, kind: .building, address: household.address,
                                      householdIDs: [household.id.rawValue]))
        }
        return DivisionCommunity(
            communityCode: division.code?.rawValue ?? division.id.rawValue,
            communityName: division.name,
            townshipName: townshipName,
            kind: division.committee == .villagers ? .rural : .urban,
            units: units)
    }
}
