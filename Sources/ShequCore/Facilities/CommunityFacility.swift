/// A community comprehensive service facility and its floor area (Art. 11, 41).
///
/// ```swift
/// let centre = CommunityFacility(id: "F-1", communityCode: "411502001001", name: "民权社区党群服务中心",
///                                kind: .partyMassServiceCentre, areaSquareMetres: 420, tenure: .owned)
/// ```
public struct CommunityFacility: Sendable, Hashable, Codable, Identifiable {
    /// The facility's identifier.
    public var id: String
    /// The community it serves: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The building it is in, when recorded.
    public var buildingID: String?
    /// Its name.
    public var name: String
    /// What it is.
    public var kind: FacilityKind
    /// Floor area in square metres (建筑面积).
    public var areaSquareMetres: Double
    /// How the community holds it.
    public var tenure: FacilityTenure
    /// Whether it is in use; facilities out of use do not count toward the standard.
    public var inService: Bool
    /// The price class each utility is billed at, where known (Art. 41).
    public var utilityTariffs: [FacilityUtility: UtilityTariff]

    /// Creates a facility.
    public init(id: String, communityCode: String, buildingID: String? = nil, name: String, kind: FacilityKind,
                areaSquareMetres: Double, tenure: FacilityTenure, inService: Bool = true,
                utilityTariffs: [FacilityUtility: UtilityTariff] = [:]) {
        self.id = id
        self.communityCode = communityCode
        self.buildingID = buildingID
        self.name = name
        self.kind = kind
        self.areaSquareMetres = areaSquareMetres
        self.tenure = tenure
        self.inService = inService
        self.utilityTariffs = utilityTariffs
    }

    /// The utilities billed at non-residential prices, against Art. 41.
    public var utilitiesBilledAgainstArticle41: [FacilityUtility] {
        FacilityUtility.allCases.filter { utilityTariffs[$0] == .nonResidential }
    }
}
