/// Reads residents, applying the privacy rules of ``Disclosure`` before any data leaves the store.
///
/// ```swift
/// let masked = try await store.residents(inHousehold: "H-0001", disclosure: [])
/// let full = try await store.resident(id: "H-0001-1", disclosure: .all)
/// ```
public protocol ResidentStore: Sendable {
    /// The resident with this identity, redacted for `disclosure`.
    func resident(id: ResidentID, disclosure: Disclosure) async throws -> Resident?
    /// The residents of a household, head first, redacted for `disclosure`.
    func residents(inHousehold household: HouseholdID, disclosure: Disclosure) async throws -> [Resident]
    /// One page of the residents of a community, ordered by identity, redacted for `disclosure`.
    func residents(inCommunity community: DivisionID, page: PageRequest, disclosure: Disclosure) async throws
        -> Page<Resident>
    /// One page of the residents of a community in a care category (Art. 19–20), ordered by identity.
    ///
    /// Selecting by category reveals membership, so `disclosure` must contain ``Disclosure/care``.
    /// - Throws: ``StoreError/careNotDisclosed`` otherwise.
    func residents(inCommunity community: DivisionID, in category: CareCategory, page: PageRequest, disclosure: Disclosure)
        async throws -> Page<Resident>
    /// How many residents of the community (or of the whole workspace when `nil`) are in each care category.
    ///
    /// Counts reveal no person and need no ``Disclosure``.
    func careCounts(in community: DivisionID?) async throws -> [CareCategory: Int]
    /// How many residents live in a household (0 when it has none or is unknown): the household
    /// size the points rules see (Art. 30), read without reading any resident.
    ///
    /// A count reveals no person and needs no ``Disclosure``.
    func householdSize(_ household: HouseholdID) async throws -> Int
}

extension ResidentStore {
    /// Counts the household's residents as ``residents(inHousehold:disclosure:)`` lists them;
    /// stores override it with a count that reads no resident.
    public func householdSize(_ household: HouseholdID) async throws -> Int {
        try await residents(inHousehold: household, disclosure: []).count
    }
}
