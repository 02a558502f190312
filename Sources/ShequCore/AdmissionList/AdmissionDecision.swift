/// The outcome of checking a grid task against the admission list (准入清单), with its
/// legal basis and a reason in Chinese (Art. 34, 44).
public struct AdmissionDecision: Sendable, Hashable, Codable {
    /// The assignment checked.
    public var assignment: GridTaskAssignment
    /// What was decided.
    public var outcome: Outcome
    /// The article the decision rests on: Art. 34 when accepted, Art. 44 when refused.
    public var legalBasis: LegalBasis
    /// Why, in Chinese, for the assigning unit and the grid worker.
    public var reason: String

    /// Whether grid staff may take on the work.
    public var isAccepted: Bool {
        if case .refused = outcome { return false }
        return true
    }

    /// The violation recorded when the work was refused.
    public var violation: AdmissionViolation? {
        if case .refused(let violation) = outcome { return violation }
        return nil
    }

    /// The three outcomes of the check.
    public enum Outcome: Sendable, Hashable, Codable {
        /// The task type is on the list version in force.
        case listed(listVersion: Int)
        /// The task type is not listed, but an approval covers it.
        case approved(AdmissionApproval)
        /// Not listed and not approved: refused, and a violation recorded.
        case refused(AdmissionViolation)
    }

    enum CodingKeys: String, CodingKey {
        case assignment, outcome
        case legalBasis = "legal_basis"
        case reason
    }
}
