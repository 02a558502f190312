/// Storage of 12345 hotline work orders (工单, Art. 15) and their append-only status history.
///
/// Imports write batches in one transaction each; a request already stored under the same
/// number is replaced and only its new status changes are appended, so re-importing a file
/// changes nothing:
///
/// ```swift
/// let outcome = try await store.saveHotlineRequests(requests)   // written / unchanged
/// var order = try await store.hotlineRequest(id: "H-1")!
/// try order.transfer(to: "浉河区住建局", at: now, by: "12345", reason: "属住建职责")
/// try await store.saveHotlineRequests([order])
/// ```
public protocol HotlineStore: Sendable {
    /// Stores requests in one transaction: new numbers are inserted, stored ones replaced
    /// when they differ. Status changes are appended; a request whose stored history is
    /// not a prefix of its new one is refused with ``HotlineStoreError/historyRewritten(request:)``.
    func saveHotlineRequests(_ requests: [HotlineRequest]) async throws -> BatchOutcome

    /// The request with this number, or `nil`.
    func hotlineRequest(id: String) async throws -> HotlineRequest?

    /// The requests matching the filter, oldest first.
    func hotlineRequests(_ filter: HotlineRequestFilter) async throws -> [HotlineRequest]

    /// The stored status changes of one request, oldest first, as appended.
    func hotlineStatusHistory(request id: String) async throws -> [HotlineStatusChange]

    /// How many requests are stored.
    func hotlineRequestCount() async throws -> Int
}
