/// The figures a ``PopulationGenerator`` aims at, defaulting to Xinyang's: about 2 million households and
/// 6 million residents over 3,358 communities, urban communities larger, rural households larger.
///
/// ```swift
/// var profile = PopulationProfile.xinyang
/// profile.scale = 0.05  // a twentieth of the households, for a quick demo
/// ```
public struct PopulationProfile: Sendable {
    /// Mean households in a residents' committee community.
    public var urbanHouseholdsMean: Double = 1_500
    /// Mean households in a villagers' committee village.
    public var ruralHouseholdsMean: Double = 420
    /// Multiplies every community's households; 1 is the real city.
    public var scale: Double = 1
    /// Weights of household sizes 1...7 in urban communities (mean about 2.8).
    public var urbanSizeWeights: [Double] = [18, 28, 27, 15, 8, 3, 1]
    /// Weights of household sizes 1...7 in villages (mean about 3.3).
    public var ruralSizeWeights: [Double] = [14, 22, 22, 19, 13, 7, 3]
    /// Households per building in urban communities.
    public var householdsPerBuilding: ClosedRange<Int> = 24...96
    /// Households per natural village.
    public var householdsPerNaturalVillage: ClosedRange<Int> = 15...60
    /// Households per grid (urban grids are a few hundred households).
    public var householdsPerGrid: Int = 300
    /// Share of households receiving minimum subsistence (低保), urban and rural.
    public var minimumSubsistenceShare: (urban: Double, rural: Double) = (0.015, 0.035)
    /// Share of residents with a disability.
    public var disabilityShare: Double = 0.045
    /// Share of rural children under 16 who are left behind.
    public var leftBehindChildShare: Double = 0.10
    /// Share of children under 18 in difficulty.
    public var childInDifficultyShare: Double = 0.006
    /// Share of residents aged 18–59 with employment difficulty.
    public var employmentDifficultyShare: Double = 0.015
    /// Share of elderly rural people living alone who are in extreme poverty (特困).
    public var extremePovertyShareOfRuralAloneElderly: Double = 0.08
    /// The date ages are computed on: the regulation's entry into force.
    public var referenceDate: CivilDate = CivilDate(year: 2025, month: 3, day: 1)!

    public init() {}

    /// Xinyang's figures.
    public static let xinyang = PopulationProfile()
}
