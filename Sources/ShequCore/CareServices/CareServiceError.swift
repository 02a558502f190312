/// A refused operation on a care case, saying what to do instead.
public enum CareServiceError: Error, CustomStringConvertible, Sendable, Hashable {
    /// A need's step is not allowed from its state.
    case transition(LifecycleTransitionError)
    /// The case is closed.
    case caseClosed(caseID: String)
    /// The visit names a carer not assigned to the case.
    case unknownProvider(caseID: String, providerID: String)
    /// No need with this number in the case.
    case unknownNeed(caseID: String, needID: String)
    /// A need with this number already exists in the case.
    case duplicateNeed(caseID: String, needID: String)
    /// The case was to be closed with needs still open.
    case openNeeds(caseID: String, needIDs: [String])
    /// A visit records no service.
    case emptyVisit(caseID: String)

    public var description: String {
        switch self {
        case .transition(let error):
            error.description
        case .caseClosed(let caseID):
            "关爱档案 \(caseID) is closed; reopen it or open a new case"
        case .unknownProvider(let caseID, let providerID):
            "关爱档案 \(caseID): \(providerID) is not a carer of this case; assign the carer first"
        case .unknownNeed(let caseID, let needID):
            "关爱档案 \(caseID): no need \(needID); check the need number"
        case .duplicateNeed(let caseID, let needID):
            "关爱档案 \(caseID): need \(needID) already exists; use a new number"
        case .openNeeds(let caseID, let needIDs):
            "关爱档案 \(caseID): needs \(needIDs.joined(separator: ", ")) are still open; resolve, refer or withdraw them before closing"
        case .emptyVisit(let caseID):
            "关爱档案 \(caseID): a visit must record at least one service (走访探视 counts)"
        }
    }
}
