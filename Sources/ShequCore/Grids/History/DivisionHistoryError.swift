/// Why a step in a ``DivisionHistory`` was refused.
public enum DivisionHistoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The division is for another community.
    case wrongCommunity(expected: String, found: String)
    /// No division has this version.
    case unknownVersion(Int)
    /// The division was already applied; applied divisions never change.
    case alreadyApplied(version: Int)
    /// The division was not previewed before being applied.
    case notPreviewed(version: Int)
    /// Another division was applied after this one was previewed.
    case previewOutdated(version: Int, previewedAgainst: Int?, inForce: Int?)
    /// The date is not after the date of the latest applied division.
    case notAfterLatest(version: Int, from: CivilDate, latest: CivilDate)

    public var description: String {
        switch self {
        case let .wrongCommunity(expected, found):
            "the division is for community \(found), not \(expected); propose it in that community's history"
        case let .unknownVersion(version):
            "no division has version \(version); list the history to see the versions"
        case let .alreadyApplied(version):
            "division \(version) is already applied and cannot change; propose a new division instead"
        case let .notPreviewed(version):
            "division \(version) has not been previewed; preview it, check the changes, then apply"
        case let .previewOutdated(version, against, inForce):
            "division \(version) was previewed against \(against.map { "version \($0)" } ?? "no division"), but \(inForce.map { "version \($0)" } ?? "no division") is now the latest applied; preview it again"
        case let .notAfterLatest(version, from, latest):
            "division \(version) cannot apply from \(from): the latest applied division applies from \(latest); choose a later date"
        }
    }
}
