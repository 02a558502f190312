/// The versioned divisions of one community: proposed, previewed, applied from a date,
/// and never lost (Art. 34).
///
/// Applied divisions form a timeline: each is in force from its date until the next one
/// applies. Dates must increase with each application, so "which grid was household H in
/// on day D" always has one answer.
///
/// ```swift
/// var history = DivisionHistory(communityCode: "411502001001")
/// let version = try history.propose(validated, on: CivilDate("2025-02-10")!, by: "老城街道办事处")
/// let diff = try history.preview(version: version)
/// print(diff.summary)
/// try history.apply(version: version, from: CivilDate("2025-03-01")!, by: "老城街道办事处")
/// history.grid(ofHousehold: "H-17", on: CivilDate("2025-06-30")!)?.name   // "老城街道义阳社区第2网格"
/// ```
public struct DivisionHistory: Sendable, Hashable, Codable {
    /// The community: its 12-digit statistical code or name path.
    public private(set) var communityCode: String
    /// Every division ever proposed, by version.
    public private(set) var divisions: [GridDivision]

    /// Creates an empty history for a community.
    public init(communityCode: String) {
        self.communityCode = communityCode
        self.divisions = []
    }

    /// The applied divisions in the order they took effect.
    public var applied: [GridDivision] {
        divisions
            .compactMap { division in division.appliedFrom.map { (division, $0) } }
            .filter { $0.0.status == .applied }
            .sorted { $0.1 < $1.1 }
            .map(\.0)
    }

    /// The division applied last (in force now, or from a future date).
    public var latestApplied: GridDivision? { applied.last }

    /// The division with `version`, or `nil`.
    public func division(version: Int) -> GridDivision? {
        divisions.first { $0.version == version }
    }

    /// The division in force on `date`, or `nil` when none applied yet.
    public func division(on date: CivilDate) -> GridDivision? {
        applied.last { ($0.appliedFrom ?? date) <= date }
    }

    /// The grid `householdID` was in on `date`, or `nil` when no division covered it.
    public func grid(ofHousehold householdID: String, on date: CivilDate) -> Grid? {
        division(on: date)?.grid(ofHousehold: householdID)
    }

    /// Stores a validated division as a new proposed version and returns its number.
    ///
    /// - Throws: ``DivisionHistoryError/wrongCommunity(expected:found:)``.
    @discardableResult
    public mutating func propose(_ division: ValidatedDivision, on date: CivilDate, by proposer: String)
        throws(DivisionHistoryError) -> Int {
        guard division.communityCode == communityCode else {
            throw .wrongCommunity(expected: communityCode, found: division.communityCode)
        }
        let version = (divisions.map(\.version).max() ?? 0) + 1
        divisions.append(GridDivision(
            version: version, communityCode: communityCode,
            communityName: division.communityName, townshipName: division.townshipName,
            status: .proposed, bounds: division.bounds, grids: division.grids,
            numbersChosenByScript: division.numbersChosenByScript,
            proposedOn: date, proposedBy: proposer,
            previewedAgainstVersion: nil, appliedFrom: nil, appliedBy: nil
        ))
        return version
    }

    /// Compares a proposed division with the latest applied one, renumbering its grids
    /// so continuing grids keep their codes, marks it previewed and returns the changes.
    ///
    /// - Throws: ``DivisionHistoryError/unknownVersion(_:)`` or ``DivisionHistoryError/alreadyApplied(version:)``.
    @discardableResult
    public mutating func preview(version: Int) throws(DivisionHistoryError) -> DivisionDiff {
        guard let index = divisions.firstIndex(where: { $0.version == version }) else {
            throw .unknownVersion(version)
        }
        guard divisions[index].status != .applied else { throw .alreadyApplied(version: version) }
        let current = latestApplied
        if !divisions[index].numbersChosenByScript {
            let highestUsed = applied.flatMap(\.grids).map(\.number).max() ?? 0
            divisions[index].grids = GridNumbering.renumber(
                divisions[index].grids, continuing: current?.grids ?? [], highestUsed: highestUsed,
                townshipName: divisions[index].townshipName, communityName: divisions[index].communityName
            )
        }
        divisions[index].status = .previewed
        divisions[index].previewedAgainstVersion = current?.version
        return DivisionDiff.between(current, divisions[index])
    }

    /// Applies a previewed division from `date`; it stays in force until a later one applies.
    ///
    /// - Throws: ``DivisionHistoryError`` when the division is unknown, already applied,
    ///   not previewed, previewed against a division that is no longer the latest, or
    ///   when `date` is not after the latest applied division's date.
    public mutating func apply(version: Int, from date: CivilDate, by applier: String) throws(DivisionHistoryError) {
        guard let index = divisions.firstIndex(where: { $0.version == version }) else {
            throw .unknownVersion(version)
        }
        let division = divisions[index]
        switch division.status {
        case .applied: throw .alreadyApplied(version: version)
        case .proposed: throw .notPreviewed(version: version)
        case .previewed: break
        }
        let latest = latestApplied
        guard division.previewedAgainstVersion == latest?.version else {
            throw .previewOutdated(version: version, previewedAgainst: division.previewedAgainstVersion,
                                   inForce: latest?.version)
        }
        if let latestDate = latest?.appliedFrom, date <= latestDate {
            throw .notAfterLatest(version: version, from: date, latest: latestDate)
        }
        divisions[index].status = .applied
        divisions[index].appliedFrom = date
        divisions[index].appliedBy = applier
    }
}
