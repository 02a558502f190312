/// Keeps conventions (自治章程、居民公约、村规民约, Art. 30) with every version and the
/// audit trail of their lifecycle steps.
///
/// A convention is saved whole after each step together with the step's audit record;
/// audit records are only ever appended, so the history is never rewritten.
///
/// ```swift
/// let change = try Convention.draft(id: "cv-1", community: community, kind: .villageRules,
///                                   title: "某村村规民约", articles: articles, on: day, by: "村委会")
/// try await store.save(change.convention, audit: change.record)
/// let history = try await store.auditRecords(of: "cv-1")
/// ```
public protocol ConventionStore: Sendable {
    /// Saves the convention's current state and appends the audit record of the step that made it.
    func save(_ convention: Convention, audit record: ConventionAuditRecord) async throws
    /// The convention with this id, or `nil`.
    func convention(_ id: ConventionID) async throws -> Convention?
    /// The conventions of one community, or of all communities when `nil`, ordered by id.
    func conventions(of community: CommunityID?) async throws -> [Convention]
    /// Every audit record of a convention, oldest first.
    func auditRecords(of id: ConventionID) async throws -> [ConventionAuditRecord]
}
