import Foundation

/// The remedy a county chose for a community's shortfall, and the area it adds (Art. 11 ¶3).
public struct FacilityRemedyPlan: Sendable, Hashable, Codable {
    /// The community: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The remedy chosen.
    public var remedy: FacilityRemedy
    /// The floor area it will add, in square metres.
    public var addedSquareMetres: Double
    /// Who carries it out, e.g. `浉河区人民政府`.
    public var responsibleUnit: String
    /// When it is due, if a date was set.
    public var due: Date?

    /// Creates a plan.
    public init(communityCode: String, remedy: FacilityRemedy, addedSquareMetres: Double, responsibleUnit: String, due: Date? = nil) {
        self.communityCode = communityCode
        self.remedy = remedy
        self.addedSquareMetres = addedSquareMetres
        self.responsibleUnit = responsibleUnit
        self.due = due
    }
}
