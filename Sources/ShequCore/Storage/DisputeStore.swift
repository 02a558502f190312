/// Storage of disputes (矛盾纠纷, Art. 35) with their full history: every event, every
/// holder and for how long. The history only grows: saving a dispute whose history does
/// not begin with the stored one is refused.
///
/// ```swift
/// var dispute = try await store.dispute(id: "d-1")!
/// try dispute.escalateOnTimeOut(ladder: .fourLevelsSevenDays(countyCode: "411502"), now: now)
/// try await store.save([dispute])
/// ```
public protocol DisputeStore: Sendable {
    /// The dispute with this id, or `nil`.
    func dispute(id: String) async throws -> Dispute?

    /// Disputes by the time they were received; of one community when given, open ones only when asked.
    func disputes(community communityCode: String?, openOnly: Bool) async throws -> [Dispute]

    /// Stores disputes as one change, all or nothing, appending their new events. A
    /// dispute stored identically is `unchanged`.
    func save(_ disputes: [Dispute]) async throws -> [UpsertOutcome]
}
