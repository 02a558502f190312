/// Every store of a workspace: population, grids, conventions, behaviour events, the points ledger, work affairs,
/// violations, deliberation, disputes, the hotline and the community services.
///
/// `SQLiteStore` and `PostgresStore` both are one, so commands and tests take any of them:
///
/// ```swift
/// func ingest(_ events: [BehaviourEvent], into store: any WorkspaceStore) async throws {
///     _ = try await store.record(events)
/// }
/// ```
public typealias WorkspaceStore = GovernanceStore & GridStore & ConventionStore & EventStore & LedgerStore
    & WorkAffairsStore & ViolationStore & DeliberationStore & DisputeStore
    & HotlineStore & FacilityStore & VolunteerStore & EmergencyStore & CareServiceStore & CommunityWorkerStore
