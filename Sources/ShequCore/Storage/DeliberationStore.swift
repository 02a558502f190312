/// Storage of deliberation topics (议事协商, Art. 33) with their meetings, ballots, counts,
/// notices and follow-ups, and an append-only audit of every change.
///
/// ```swift
/// var topic = try await store.topic(id: "t-1")!
/// try topic.decide(meetingID: "m-1")
/// try await store.save(topic, audit: DeliberationAuditRecord(action: "votes_counted", actor: "居委会", at: now, note: "计票"))
/// ```
public protocol DeliberationStore: Sendable {
    /// The topic with this id, or `nil`.
    func topic(id: String) async throws -> DeliberationTopic?

    /// Topics, of one community when `communityCode` is given, by the time they were raised.
    func topics(community communityCode: String?) async throws -> [DeliberationTopic]

    /// Stores the topic and appends the audit record of the change, in one transaction.
    func save(_ topic: DeliberationTopic, audit: DeliberationAuditRecord) async throws

    /// The audit records of a topic, oldest first.
    func auditRecords(topic id: String) async throws -> [DeliberationAuditRecord]
}
