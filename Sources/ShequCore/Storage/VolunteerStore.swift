/// Storage of the volunteer register (志愿服务, Art. 25, 28): volunteers, projects, sign-ups
/// and service hours, kept and replaced as one document so its rules hold across them.
///
/// ```swift
/// var register = try await store.volunteerRegister()
/// try register.confirm("E-1", by: "W-12", at: now)
/// try await store.save(register)
/// ```
public protocol VolunteerStore: Sendable {
    /// The register; empty when nothing was recorded yet.
    func volunteerRegister() async throws -> VolunteerRegister

    /// Replaces the register.
    func save(_ register: VolunteerRegister) async throws
}
