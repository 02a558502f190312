/// Storage of care records for special groups (关爱照护档案, Art. 19–20).
///
/// The records are sensitive: stores return them whole, and everything shown to users goes
/// through ``CareCase/summary(disclosure:)``, which masks by default.
///
/// ```swift
/// let shared = try await store.careCases(community: "411502001001").map { $0.summary() }
/// ```
public protocol CareServiceStore: Sendable {
    /// Stores care records in one transaction, replacing those with the same case number.
    func saveCareCases(_ cases: [CareCase]) async throws -> BatchOutcome

    /// The care record with this case number, or `nil`.
    func careCase(id: String) async throws -> CareCase?

    /// The care records of one community, or of all when `nil`, by case number.
    func careCases(community: String?) async throws -> [CareCase]
}
