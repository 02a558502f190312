/// The area a community's service facilities must reach (国家标准, Art. 11 ¶3).
///
/// Commonly read as at least 30 m² per 100 households; a county may set its own
/// figure and a floor for small communities:
///
/// ```swift
/// let standard = FacilityAreaStandard()                      // 30 m² per 100 households
/// standard.requiredArea(households: 1_250)                   // 375.0
/// FacilityAreaStandard(squareMetresPerHundredHouseholds: 30, minimumSquareMetres: 300)
///     .requiredArea(households: 400)                         // 300.0
/// ```
public struct FacilityAreaStandard: Sendable, Hashable, Codable {
    /// Square metres per 100 households.
    public var squareMetresPerHundredHouseholds: Double
    /// The least area any community needs, however small, if a floor is set.
    public var minimumSquareMetres: Double?

    /// Creates a standard; the default is 30 m² per 100 households, no floor.
    public init(squareMetresPerHundredHouseholds: Double = 30, minimumSquareMetres: Double? = nil) {
        self.squareMetresPerHundredHouseholds = squareMetresPerHundredHouseholds
        self.minimumSquareMetres = minimumSquareMetres
    }

    /// The area required for a number of households, in square metres.
    public func requiredArea(households: Int) -> Double {
        let proportional = Double(max(0, households)) / 100 * squareMetresPerHundredHouseholds
        return max(proportional, minimumSquareMetres ?? 0)
    }
}
