/// Writes inside one all-or-nothing transaction: if the body throws, nothing it wrote is kept.
///
/// Each upsert inserts a row or updates the row with the same identity, and reports whether anything
/// changed, so re-importing the same data is a no-op. The calls are synchronous so a bulk import can
/// stream millions of rows through prepared statements (SQLite) or a `COPY` into a staging table
/// (PostgreSQL) without a suspension per row.
///
/// ```swift
/// try await store.transaction { tx in
///     _ = try tx.upsert(city)
///     _ = try tx.upsert(county)
/// }
/// ```
public protocol StoreTransaction: AnyObject {
    /// Stores a division; its parent must be stored first (parents come first in a divisions file).
    func upsert(_ division: Division) throws -> UpsertOutcome
    /// Stores a building or natural village of a stored community.
    func upsert(_ dwelling: Dwelling) throws -> UpsertOutcome
    /// - Throws: ``StoreError/unknownReference(entity:id:missing:missingID:)`` when its community or dwelling is not stored.
    func upsert(_ household: Household) throws -> UpsertOutcome
    /// Stores all fields in full; redaction applies to reads only.
    /// - Throws: ``StoreError/unknownReference(entity:id:missing:missingID:)`` when its household is not stored.
    func upsert(_ resident: Resident) throws -> UpsertOutcome
    /// Stores a community or grid worker of a stored community.
    func upsert(_ worker: Worker) throws -> UpsertOutcome
    /// Stores many rows at once, in the order of ``StoreBatch``, and counts what changed.
    ///
    /// Outcomes are those of upserting the rows one by one, except that a row listed twice in one batch
    /// is stored once, with its last values.
    /// - Throws: ``StoreError/unknownReference(entity:id:missing:missingID:)`` for the first row (in batch order)
    ///   whose parent is not stored; nothing of the batch is then kept once the transaction ends.
    func upsert(_ batch: StoreBatch) throws -> BatchOutcome
    /// Reads a division inside the transaction, seeing the transaction's own writes.
    func division(id: DivisionID) throws -> Division?
    /// The communities under `ancestor` (or all when `nil`), ordered by identity.
    func communities(under ancestor: DivisionID?) throws -> [Division]
}
