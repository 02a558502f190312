/// Many rows written with one call, so a server store can stream them with `COPY` instead of one round trip each.
///
/// Rows are stored in the order dwellings, households, residents, workers, so a batch may hold a
/// community's whole population (its households before their residents).
///
/// ```swift
/// let counts = try await store.transaction { tx in
///     try tx.upsert(StoreBatch(households: households, residents: residents))
/// }
/// print(counts.written, counts.unchanged)
/// ```
public struct StoreBatch: Sendable, Hashable {
    public var dwellings: [Dwelling]
    public var households: [Household]
    public var residents: [Resident]
    public var workers: [Worker]

    public init(dwellings: [Dwelling] = [], households: [Household] = [], residents: [Resident] = [], workers: [Worker] = []) {
        self.dwellings = dwellings
        self.households = households
        self.residents = residents
        self.workers = workers
    }

    /// The number of rows in the batch.
    public var count: Int { dwellings.count + households.count + residents.count + workers.count }

    /// Whether the batch holds no row.
    public var isEmpty: Bool { count == 0 }
}

/// How many rows of a ``StoreBatch`` were written and how many were already stored with the same values.
public struct BatchOutcome: Sendable, Hashable {
    public var written: Int
    public var unchanged: Int

    public init(written: Int = 0, unchanged: Int = 0) {
        self.written = written
        self.unchanged = unchanged
    }

    /// Counts one row's outcome.
    public mutating func count(_ outcome: UpsertOutcome) {
        switch outcome {
        case .written: written += 1
        case .unchanged: unchanged += 1
        }
    }
}

extension StoreTransaction {
    /// Stores the batch row by row; stores with a bulk path (PostgreSQL `COPY`) provide their own.
    public func upsert(_ batch: StoreBatch) throws -> BatchOutcome {
        var outcome = BatchOutcome()
        for dwelling in batch.dwellings { outcome.count(try upsert(dwelling)) }
        for household in batch.households { outcome.count(try upsert(household)) }
        for resident in batch.residents { outcome.count(try upsert(resident)) }
        for worker in batch.workers { outcome.count(try upsert(worker)) }
        return outcome
    }
}
