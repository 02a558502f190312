import ShequCore
import ShequPostgres

/// A four-level hierarchy, city to community, that store tests write before anything else.
enum Hierarchy {
    static let city = Division(id: "411500", level: .city, name: "信阳市", code: DivisionCode(unchecked: "411500"))
    static let county = Division(id: "411502", level: .county, name: "浉河区", code: DivisionCode(unchecked: "411502"), parentID: "411500")
    static let township = Division(id: "411502001", level: .township, name: "老城街道办事处", code: DivisionCode(unchecked: "411502001"), parentID: "411502")
    static let community = Division(id: "411502001/义阳居委会", level: .community, name: "义阳居委会", parentID: "411502001", committee: .residents)
    static let otherCounty = Division(id: "411503", level: .county, name: "平桥区", code: DivisionCode(unchecked: "411503"), parentID: "411500")
    static let otherTownship = Division(id: "411503100", level: .township, name: "明港镇", code: DivisionCode(unchecked: "411503100"), parentID: "411503")
    static let village = Division(id: "411503100/新集村委会", level: .community, name: "新集村委会", parentID: "411503100", committee: .villagers)
}

extension StoreKind {
    /// A new store of this kind holding ``Hierarchy``.
    func makeStoreWithHierarchy() async throws -> any WorkspaceStore {
        try await makeAddressWithHierarchy().open()
    }

    /// A new workspace of this kind holding ``Hierarchy``, to be opened by as many stores as a case needs.
    /// With `secondCounty`, also ``Hierarchy/otherCounty`` down to ``Hierarchy/village``.
    func makeAddressWithHierarchy(secondCounty: Bool = false) async throws -> StoreAddress {
        let address = try makeAddress()
        let store = try await address.create()
        let divisions = [Hierarchy.city, Hierarchy.county, Hierarchy.township, Hierarchy.community]
            + (secondCounty ? [Hierarchy.otherCounty, Hierarchy.otherTownship, Hierarchy.village] : [])
        try await store.transaction { tx in
            for division in divisions { _ = try tx.upsert(division) }
        }
        if let store = store as? PostgresStore { await store.close() }
        return address
    }
}
