/// Why an admission-list adjustment or check was refused.
public enum AdmissionListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The new version does not take effect after the latest one.
    case notAfterLatest(effectiveFrom: CivilDate, latest: CivilDate)
    /// A task type to add is already listed.
    case alreadyListed(code: String)
    /// A task type to remove is not listed.
    case notListed(code: String)
    /// The adjustment adds and removes nothing.
    case emptyAdjustment
    /// The adjustment gives no one responsible or no reason.
    case missingAccountability
    /// The assignment is in another county than the list.
    case wrongCounty(list: String, assignment: String)

    public var description: String {
        switch self {
        case let .notAfterLatest(date, latest):
            "an adjustment effective from \(date) must come after the latest version, effective from \(latest); choose a later date"
        case let .alreadyListed(code):
            "task type \(code) is already on the admission list; remove it from the additions"
        case let .notListed(code):
            "task type \(code) is not on the admission list, so it cannot be removed; check the code"
        case .emptyAdjustment:
            "the adjustment adds and removes nothing; give the task types to add or remove"
        case .missingAccountability:
            "an adjustment needs who decided it and why; fill in adjusted_by and reason"
        case let .wrongCounty(list, assignment):
            "the assignment is in county \(assignment) but the admission list is \(list)'s; check it against its own county's list"
        }
    }
}
