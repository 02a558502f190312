/// Reads the division hierarchy (Art. 2, 5–7) of a workspace.
///
/// ```swift
/// let summary = try await store.summary()
/// for county in try await store.children(of: "411500") { print(county.name) }
/// ```
public protocol DivisionStore: Sendable {
    /// The division with this identity.
    func division(id: DivisionID) async throws -> Division?
    /// Divisions whose name is exactly `name`, ordered by identity.
    func divisions(named name: String) async throws -> [Division]
    /// The divisions directly under `parent`, ordered by identity; the cities when `parent` is `nil`.
    func children(of parent: DivisionID?) async throws -> [Division]
    /// One page of the divisions at `level`, ordered by identity.
    func divisions(at level: DivisionLevel, page: PageRequest) async throws -> Page<Division>
    /// Counts per level, and of households and residents.
    func summary() async throws -> DivisionSummary
}
