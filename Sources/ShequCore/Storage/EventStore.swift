/// Keeps behaviour events recorded by grid workers or the committee (Art. 30), idempotent by event id.
///
/// ```swift
/// let outcome = try await store.record([event])   // .written the first time
/// let again = try await store.record([event])     // .unchanged: nothing is written twice
/// ```
public protocol EventStore: Sendable {
    /// Records a batch of events in one transaction: all or nothing.
    ///
    /// An event whose id is already stored with the same content is unchanged; one stored
    /// with different content is refused with ``EventStoreError/conflictingEvent(id:)`` and
    /// nothing of the batch is written.
    func record(_ events: [BehaviourEvent]) async throws -> EventRecordSummary
    /// The stored events, in the order they happened (then by id), optionally of one community.
    func events(of community: CommunityID?) async throws -> [BehaviourEvent]
}
