/// One administrative division: the city, a county or district, a township or street office, or a community or village (Art. 2, 5–7).
///
/// ```swift
/// let county = Division(
///     id: "411502", level: .county, name: "浉河区",
///     code: DivisionCode(unchecked: "411502"), parentID: "411500")
/// ```
public struct Division: Sendable, Hashable, Codable, Identifiable {
    /// Stable identity: the code when known, otherwise the name under the parent.
    public var id: DivisionID
    /// Tier in the hierarchy.
    public var level: DivisionLevel
    /// Official name, e.g. `老城街道办事处`.
    public var name: String
    /// Statistical code, when known.
    public var code: DivisionCode?
    /// The division above; `nil` only for a city.
    public var parentID: DivisionID?
    /// For a community: the kind of committee that runs it (Art. 7); `nil` for other levels.
    public var committee: CommitteeKind?

    public init(
        id: DivisionID, level: DivisionLevel, name: String, code: DivisionCode? = nil,
        parentID: DivisionID? = nil, committee: CommitteeKind? = nil
    ) {
        self.id = id
        self.level = level
        self.name = name
        self.code = code
        self.parentID = parentID
        self.committee = committee
    }
}
