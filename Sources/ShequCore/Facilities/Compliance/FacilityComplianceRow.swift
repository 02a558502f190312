/// One community's facility area against the standard (Art. 11), with the remedy chosen.
public struct FacilityComplianceRow: Sendable, Hashable, Codable {
    /// The community: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// Its households.
    public var households: Int
    /// The area the standard requires, in square metres.
    public var requiredSquareMetres: Double
    /// The area of its facilities in service, in square metres.
    public var actualSquareMetres: Double
    /// How much is missing, 0 when compliant.
    public var shortfallSquareMetres: Double
    /// The facilities counted.
    public var facilityIDs: [String]
    /// The remedies chosen.
    public var plans: [FacilityRemedyPlan]
    /// The area the remedies add.
    public var plannedSquareMetres: Double
    /// What would still be missing once the remedies are done, 0 when covered.
    public var remainingShortfallSquareMetres: Double
    /// Facilities billed for a utility at non-residential prices, against Art. 41.
    public var tariffBreaches: [String]
    /// Where the community stands.
    public var status: FacilityComplianceStatus

    /// Whether the area meets the standard.
    public var isCompliant: Bool { status == .compliant }

    /// Square metres per 100 households actually provided; `nil` without households.
    public var squareMetresPerHundredHouseholds: Double? {
        households == 0 ? nil : actualSquareMetres / Double(households) * 100
    }
}
