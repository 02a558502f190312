import GRDB
import ShequCore

/// Residents and households read from the workspace in one transaction, answering the
/// reads a batch of behaviour events makes while it is judged (age and household size for
/// the `measures` hook, 条例第三十条) without a trip to the database for each event.
///
/// It answers exactly as ``SQLiteStore`` would: the same residents, redacted for the
/// disclosure asked for, households head first, the same household sizes. A resident or
/// household it was not made for, and the community-wide reads, go to the store. Made
/// without members, it holds only the households' sizes: the members are then read from
/// the store if asked for.
///
/// ```swift
/// let snapshot = try await store.residentSnapshot(residents: ["H-0001-1"], households: ["H-0002"], members: false)
/// let reader = MeasuresFactsReader(store: snapshot, includeCare: false)
/// ```
public struct ResidentSnapshot: ResidentStore {
    private let store: SQLiteStore
    private let residents: [ResidentID: Resident?]
    private let households: [HouseholdID: [Resident]]
    private let sizes: [HouseholdID: Int]

    init(store: SQLiteStore, residents: [ResidentID: Resident?], households: [HouseholdID: [Resident]], sizes: [HouseholdID: Int]) {
        self.store = store
        self.residents = residents
        self.households = households
        self.sizes = sizes
    }

    public func resident(id: ResidentID, disclosure: Disclosure) async throws -> Resident? {
        guard let known = residents[id] else { return try await store.resident(id: id, disclosure: disclosure) }
        return known?.redacted(for: disclosure)
    }

    public func residents(inHousehold household: HouseholdID, disclosure: Disclosure) async throws -> [Resident] {
        guard let members = households[household] else { return try await store.residents(inHousehold: household, disclosure: disclosure) }
        return members.map { $0.redacted(for: disclosure) }
    }

    public func householdSize(_ household: HouseholdID) async throws -> Int {
        if let size = sizes[household] { return size }
        if let members = households[household] { return members.count }
        return try await store.householdSize(household)
    }

    public func residents(inCommunity community: DivisionID, page: PageRequest, disclosure: Disclosure) async throws -> Page<Resident> {
        try await store.residents(inCommunity: community, page: page, disclosure: disclosure)
    }

    public func residents(inCommunity community: DivisionID, in category: CareCategory, page: PageRequest,
                          disclosure: Disclosure) async throws -> Page<Resident> {
        try await store.residents(inCommunity: community, in: category, page: page, disclosure: disclosure)
    }

    public func careCounts(in community: DivisionID?) async throws -> [CareCategory: Int] {
        try await store.careCounts(in: community)
    }
}

extension SQLiteStore {
    /// Reads, in one transaction, the residents with these identities and every member of
    /// these households and of the residents' own households — or, with `members` false, only
    /// how many residents each of those households has, which reads no resident: all that the
    /// points rules see of a household (Art. 30) when they need no care categories.
    public func residentSnapshot(residents ids: some Sequence<ResidentID>,
                                 households: some Sequence<HouseholdID>, members readingMembers: Bool = true) async throws -> ResidentSnapshot {
        let ids = Set(ids)
        let households = Set(households)
        let (residents, members, sizes) = try await pool.read { db in
            let byID = try db.cachedStatement(sql: "SELECT \(Resident.selectedColumns) FROM residents WHERE id = ?")
            var residents: [ResidentID: Resident?] = [:]
            for id in ids {
                // A resident not found is kept as known to be absent.
                residents.updateValue(try Self.residents(byID, id.rawValue).first, forKey: id)
            }
            let wanted = households.union(residents.values.compactMap { $0?.householdID })
            var members: [HouseholdID: [Resident]] = [:]
            var sizes: [HouseholdID: Int] = [:]
            if readingMembers {
                let byHousehold = try db.cachedStatement(sql: "SELECT \(Resident.selectedColumns) FROM residents WHERE household_id = ?")
                for household in wanted {
                    members[household] = Self.headFirst(try Self.residents(byHousehold, household.rawValue))
                }
            } else {
                let count = try db.cachedStatement(sql: Self.householdSizeSQL)
                for household in wanted {
                    sizes[household] = try Int.fetchOne(count, arguments: [household.rawValue]) ?? 0
                }
            }
            return (residents, members, sizes)
        }
        return ResidentSnapshot(store: self, residents: residents, households: members, sizes: sizes)
    }

    private static func residents(_ statement: Statement, _ key: String) throws -> [Resident] {
        var residents: [Resident] = []
        let rows = try Row.fetchCursor(statement, arguments: [key])
        while let row = try rows.next() { residents.append(Resident(selectedRow: row)) }
        return residents
    }
}
