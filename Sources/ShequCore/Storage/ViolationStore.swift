/// Storage of the violations register (Art. 44, 45, 46): each violation with its status
/// history. The history only grows: saving a violation whose history does not begin with
/// the stored one is refused.
///
/// ```swift
/// var violation = try await store.violation(id: "2025-030-violation")!
/// try violation.orderCorrection("撤回任务", by: "浉河区人民政府", at: now)
/// try await store.save(violation)
/// ```
public protocol ViolationStore: Sendable {
    /// The violation with this id, or `nil`.
    func violation(id: String) async throws -> Violation?

    /// All violations, by the time they occurred.
    func violations() async throws -> [Violation]

    /// Stores a violation and appends its new status changes.
    func save(_ violation: Violation) async throws
}
