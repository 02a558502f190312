/// One version of a community's division into grids, as kept in a ``DivisionHistory``.
///
/// ```swift
/// let version = try history.propose(validated, on: CivilDate("2025-02-10")!, by: "老城街道办事处")
/// let diff = try history.preview(version: version)
/// try history.apply(version: version, from: CivilDate("2025-03-01")!, by: "老城街道办事处")
/// ```
public struct GridDivision: Sendable, Hashable, Codable, Identifiable {
    /// The version number within the community, from 1.
    public var version: Int
    /// The community divided: its 12-digit statistical code or name path.
    public var communityCode: String
    /// The community's official name, used in grid names.
    public var communityName: String
    /// The township's official name, used in grid names.
    public var townshipName: String
    /// Where the division stands.
    public var status: DivisionStatus
    /// The bounds the division declared for basic grids.
    public var bounds: DivisionBounds
    /// The grids, in number order.
    public var grids: [Grid]
    /// Whether the division script chose the grid numbers (otherwise the host numbers
    /// them at preview, keeping the numbers of continuing grids).
    public var numbersChosenByScript: Bool
    /// The day the division was proposed.
    public var proposedOn: CivilDate
    /// Who proposed it: the street office or township (Art. 34), or an operator.
    public var proposedBy: String
    /// The applied division it was previewed against (`nil` when there was none).
    public var previewedAgainstVersion: Int?
    /// The first day the division is in force; set when applied.
    public var appliedFrom: CivilDate?
    /// Who applied it.
    public var appliedBy: String?

    /// Creates a division record, e.g. when a store reads one back. New divisions enter a
    /// history through ``DivisionHistory/propose(_:on:by:)``, which takes only validated ones.
    public init(version: Int, communityCode: String, communityName: String, townshipName: String,
                status: DivisionStatus, bounds: DivisionBounds, grids: [Grid], numbersChosenByScript: Bool,
                proposedOn: CivilDate, proposedBy: String, previewedAgainstVersion: Int?,
                appliedFrom: CivilDate?, appliedBy: String?) {
        self.version = version
        self.communityCode = communityCode
        self.communityName = communityName
        self.townshipName = townshipName
        self.status = status
        self.bounds = bounds
        self.grids = grids
        self.numbersChosenByScript = numbersChosenByScript
        self.proposedOn = proposedOn
        self.proposedBy = proposedBy
        self.previewedAgainstVersion = previewedAgainstVersion
        self.appliedFrom = appliedFrom
        self.appliedBy = appliedBy
    }

    public var id: Int { version }

    /// The grid holding `householdID`, or `nil` when the household is in none.
    public func grid(ofHousehold householdID: String) -> Grid? {
        grids.first { grid in grid.members.contains { $0.householdIDs.contains(householdID) } }
    }

    /// The grid with `code`, or `nil`.
    public func grid(withCode code: GridCode) -> Grid? {
        grids.first { $0.code == code }
    }

    enum CodingKeys: String, CodingKey {
        case version
        case communityCode = "community_code"
        case communityName = "community_name"
        case townshipName = "township_name"
        case numbersChosenByScript = "numbers_chosen_by_script"
        case status, bounds, grids
        case proposedOn = "proposed_on"
        case proposedBy = "proposed_by"
        case previewedAgainstVersion = "previewed_against_version"
        case appliedFrom = "applied_from"
        case appliedBy = "applied_by"
    }
}
