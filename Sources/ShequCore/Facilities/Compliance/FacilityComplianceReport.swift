/// The facility area of each community against the standard, with shortfalls and remedies (Art. 11, 41).
///
/// ```swift
/// let report = FacilityComplianceReport(
///     households: ["411502001001": 1_500, "411502001002": 600],
///     facilities: facilities,
///     plans: [FacilityRemedyPlan(communityCode: "411502001001", remedy: .lease,
///                                addedSquareMetres: 200, responsibleUnit: "浉河区人民政府")])
/// for row in report.shortfalls { print(row.communityCode, row.shortfallSquareMetres, row.status.chineseName) }
/// print(report.table.text)
/// ```
public struct FacilityComplianceReport: Sendable, Hashable, Codable {
    /// The standard applied.
    public var standard: FacilityAreaStandard
    /// One row per community with a household count, by community code.
    public var rows: [FacilityComplianceRow]
    /// Communities that facilities or plans name but that have no household count; check the data.
    public var communitiesWithoutHouseholds: [String]

    /// Builds the report.
    ///
    /// - Parameters:
    ///   - households: households per community (community code → count).
    ///   - facilities: the facilities; those out of service are not counted.
    ///   - plans: the remedies chosen.
    ///   - standard: the area standard; 30 m² per 100 households by default.
    public init(households: [String: Int], facilities: [CommunityFacility], plans: [FacilityRemedyPlan] = [],
                standard: FacilityAreaStandard = FacilityAreaStandard()) {
        self.standard = standard
        let facilitiesByCommunity = Dictionary(grouping: facilities.filter(\.inService), by: \.communityCode)
        let plansByCommunity = Dictionary(grouping: plans, by: \.communityCode)
        let breachesByCommunity = Dictionary(grouping: facilities.filter { !$0.utilitiesBilledAgainstArticle41.isEmpty },
                                             by: \.communityCode)
        rows = households.keys.sorted().map { code in
            let count = households[code] ?? 0
            let counted = facilitiesByCommunity[code] ?? []
            let required = standard.requiredArea(households: count)
            let actual = counted.reduce(0) { $0 + $1.areaSquareMetres }
            let shortfall = max(0, required - actual)
            let communityPlans = plansByCommunity[code] ?? []
            let planned = communityPlans.reduce(0) { $0 + $1.addedSquareMetres }
            let remaining = max(0, shortfall - planned)
            let status: FacilityComplianceStatus =
                if shortfall == 0 { .compliant }
                else if communityPlans.isEmpty { .shortfallUnplanned }
                else if remaining == 0 { .shortfallCovered }
                else { .shortfallPartlyCovered }
            return FacilityComplianceRow(
                communityCode: code, households: count, requiredSquareMetres: required, actualSquareMetres: actual,
                shortfallSquareMetres: shortfall, facilityIDs: counted.map(\.id).sorted(), plans: communityPlans,
                plannedSquareMetres: planned, remainingShortfallSquareMetres: remaining,
                tariffBreaches: (breachesByCommunity[code] ?? []).map(\.id).sorted(), status: status
            )
        }
        let named = Set(facilities.map(\.communityCode)).union(plans.map(\.communityCode))
        communitiesWithoutHouseholds = named.subtracting(households.keys).sorted()
    }

    /// The communities below the standard.
    public var shortfalls: [FacilityComplianceRow] { rows.filter { !$0.isCompliant } }

    /// The report as a table with Chinese headings.
    public var table: ReportTable {
        ReportTable(
            title: "社区综合服务设施面积达标情况（标准：每百户\(Self.area(standard.squareMetresPerHundredHouseholds))平方米）",
            headings: ["社区", "户数", "应达面积(㎡)", "现有面积(㎡)", "缺口(㎡)", "整改方式", "计划增加(㎡)", "剩余缺口(㎡)", "结论", "非居民价格计费"],
            rows: rows.map { row in
                [row.communityCode, String(row.households), Self.area(row.requiredSquareMetres),
                 Self.area(row.actualSquareMetres), Self.area(row.shortfallSquareMetres),
                 row.plans.map(\.remedy.chineseName).joined(separator: "、"), Self.area(row.plannedSquareMetres),
                 Self.area(row.remainingShortfallSquareMetres), row.status.chineseName,
                 row.tariffBreaches.joined(separator: " ")]
            }
        )
    }

    private static func area(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
