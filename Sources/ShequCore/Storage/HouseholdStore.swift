/// Reads dwellings and households of a workspace.
///
/// ```swift
/// let page = try await store.households(in: "411502001/义阳居委会", page: PageRequest(limit: 100))
/// ```
public protocol HouseholdStore: Sendable {
    /// The household with this identity.
    func household(id: HouseholdID) async throws -> Household?
    /// One page of the households of a community, ordered by identity.
    func households(in community: DivisionID, page: PageRequest) async throws -> Page<Household>
    /// The buildings or natural villages of a community, ordered by identity.
    func dwellings(in community: DivisionID) async throws -> [Dwelling]
}
