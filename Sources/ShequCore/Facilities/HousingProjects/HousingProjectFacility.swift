import Foundation

/// The community facility of a new housing estate or urban-renewal area, tracked with the
/// housing through planning, construction, acceptance and delivery (四同步, Art. 12).
///
/// Each part moves one stage at a time; the housing may move ahead, but every stage it
/// reaches without the facility is a finding:
///
/// ```swift
/// var project = HousingProjectFacility(id: "HP-3", name: "羊山新区某小区", communityCode: "411502001001",
///                                      kind: .newEstate, plannedHouseholds: 1_200, plannedFacilitySquareMetres: 360)
/// try project.reach(.planning, parts: [.housing, .facility], at: day1)
/// try project.reach(.construction, parts: [.housing], at: day2)
/// project.synchronisationFindings(now: day3, toleranceDays: 30)
/// ```
public struct HousingProjectFacility: Sendable, Hashable, Codable, Identifiable {
    /// Whether the project is a new estate or an urban-renewal area.
    public enum Kind: String, Sendable, Hashable, Codable, ChineseNamedCase {
        /// A newly built residential estate (新建住宅小区).
        case newEstate
        /// A residential area under urban renewal (城市更新居民区).
        case urbanRenewal

        public var chineseName: String {
            switch self {
            case .newEstate: "新建住宅小区"
            case .urbanRenewal: "城市更新居民区"
            }
        }
    }

    /// The project's identifier.
    public var id: String
    /// The project's name.
    public var name: String
    /// The community it belongs to, or will: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// New estate or urban renewal.
    public var kind: Kind
    /// Households the housing is planned for.
    public var plannedHouseholds: Int
    /// Floor area planned for the community facility, in square metres.
    public var plannedFacilitySquareMetres: Double
    /// When the housing reached each stage.
    public private(set) var housingStages: [HousingProjectStage: Date]
    /// When the facility reached each stage.
    public private(set) var facilityStages: [HousingProjectStage: Date]

    /// Creates a project before planning is approved.
    public init(id: String, name: String, communityCode: String, kind: Kind, plannedHouseholds: Int,
                plannedFacilitySquareMetres: Double) {
        self.id = id
        self.name = name
        self.communityCode = communityCode
        self.kind = kind
        self.plannedHouseholds = plannedHouseholds
        self.plannedFacilitySquareMetres = plannedFacilitySquareMetres
        self.housingStages = [:]
        self.facilityStages = [:]
    }

    /// Restores a project from stored stage dates, replaying them in order so stored
    /// records obey the same rules as new ones.
    public init(id: String, name: String, communityCode: String, kind: Kind, plannedHouseholds: Int,
                plannedFacilitySquareMetres: Double, housingStages: [HousingProjectStage: Date],
                facilityStages: [HousingProjectStage: Date]) throws(HousingProjectError) {
        self.init(id: id, name: name, communityCode: communityCode, kind: kind, plannedHouseholds: plannedHouseholds,
                  plannedFacilitySquareMetres: plannedFacilitySquareMetres)
        for (part, stages) in [(HousingProjectPart.housing, housingStages), (.facility, facilityStages)] {
            for (stage, date) in stages.sorted(by: { $0.key < $1.key }) {
                try reach(stage, parts: [part], at: date)
            }
        }
    }

    /// Decodes a project and replays its stages, refusing skipped stages and dates out of order.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                id: c.decode(String.self, forKey: .id), name: c.decode(String.self, forKey: .name),
                communityCode: c.decode(String.self, forKey: .communityCode), kind: c.decode(Kind.self, forKey: .kind),
                plannedHouseholds: c.decode(Int.self, forKey: .plannedHouseholds),
                plannedFacilitySquareMetres: c.decode(Double.self, forKey: .plannedFacilitySquareMetres),
                housingStages: c.decode([HousingProjectStage: Date].self, forKey: .housingStages),
                facilityStages: c.decode([HousingProjectStage: Date].self, forKey: .facilityStages)
            )
        } catch let error as HousingProjectError {
            throw DecodingError.dataCorruptedError(forKey: .housingStages, in: c, debugDescription: error.description)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, communityCode, kind, plannedHouseholds, plannedFacilitySquareMetres, housingStages, facilityStages
    }

    /// The latest stage a part has reached, `nil` before planning.
    public func stage(of part: HousingProjectPart) -> HousingProjectStage? {
        stages(of: part).keys.max()
    }

    /// Records that parts reached a stage; each must be at the stage before it.
    public mutating func reach(_ stage: HousingProjectStage, parts: Set<HousingProjectPart>, at date: Date) throws(HousingProjectError) {
        let ordered = HousingProjectPart.allCases.filter(parts.contains)
        for part in ordered {
            let current = self.stage(of: part)
            let expected = current.map(\.next) ?? .planning
            guard expected == stage else {
                throw .stageOutOfOrder(project: id, part: part, expected: expected, got: stage)
            }
            if let current, let previous = stages(of: part)[current], date < previous {
                throw .dateBeforePreviousStage(project: id, part: part, stage: stage, at: date)
            }
        }
        for part in ordered {
            switch part {
            case .housing: housingStages[stage] = date
            case .facility: facilityStages[stage] = date
            }
        }
    }

    /// Stages where the facility lagged the housing by more than `toleranceDays`, at `now`.
    public func synchronisationFindings(now: Date, toleranceDays: Int = 0) -> [HousingSynchronisationFinding] {
        HousingProjectStage.allCases.compactMap { stage in
            guard let housingAt = housingStages[stage] else { return nil }
            let facilityAt = facilityStages[stage]
            let lag = (facilityAt ?? now).timeIntervalSince(housingAt) / 86_400
            guard lag > Double(toleranceDays) else { return nil }
            return HousingSynchronisationFinding(stage: stage, housingAt: housingAt, facilityAt: facilityAt, daysBehind: Int(lag))
        }
    }

    /// How far the planned facility area falls below the standard for the planned households, 0 if it does not.
    public func plannedShortfall(against standard: FacilityAreaStandard = FacilityAreaStandard()) -> Double {
        max(0, standard.requiredArea(households: plannedHouseholds) - plannedFacilitySquareMetres)
    }

    private func stages(of part: HousingProjectPart) -> [HousingProjectStage: Date] {
        part == .housing ? housingStages : facilityStages
    }
}
