import ShequCore

/// A four-level hierarchy, city to community, that store tests write before anything else.
enum Hierarchy {
    static let city = Division(id: "411500", level: .city, name: "信阳市", code: DivisionCode(unchecked: "411500"))
    static let county = Division(id: "411502", level: .county, name: "浉河区", code: DivisionCode(unchecked: "411502"), parentID: "411500")
    static let township = Division(id: "411502001", level: .township, name: "老城街道办事处", code: DivisionCode(unchecked: "411502001"), parentID: "411502")
    static let community = Division(id: "411502001/义阳居委会", level: .community, name: "义阳居委会", parentID: "411502001", committee: .residents)
}

extension StoreKind {
    /// A new store of this kind holding ``Hierarchy``.
    func makeStoreWithHierarchy() async throws -> any GovernanceStore {
        let store = try await makeStore()
        try await store.transaction { tx in
            for division in [Hierarchy.city, Hierarchy.county, Hierarchy.township, Hierarchy.community] { _ = try tx.upsert(division) }
        }
        return store
    }
}
