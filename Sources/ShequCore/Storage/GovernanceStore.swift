/// A workspace's storage: every aggregate's reads, plus transactions for writes.
///
/// ShequSQLite's `SQLiteStore` is the embedded implementation; ShequPostgres's `PostgresStore` implements
/// the same protocol on a shared server, so the domain and its callers do not change.
///
/// ```swift
/// let store: any GovernanceStore = try SQLiteStore.open(path: "shequ.sqlite")
/// try await store.transaction { tx in _ = try tx.upsert(division) }
/// print(try await store.summary())
/// ```
public protocol GovernanceStore: DivisionStore, HouseholdStore, ResidentStore, WorkerStore {
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<Result>(_ body: (any StoreTransaction) throws -> Result) async throws -> Result
}
