/// Reads community and grid workers (Art. 39).
public protocol WorkerStore: Sendable {
    /// The workers of a community, ordered by identity, phones redacted for `disclosure`.
    func workers(in community: DivisionID, disclosure: Disclosure) async throws -> [Worker]
}
