import ArgumentParser
import ShequCore

/// `shequ facilities compliance`: checks each community's facility area against the standard
/// (30 m² per 100 households by default) using the households in the workspace (Art. 11–12).
struct FacilitiesComplianceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Check facility area against the standard per community (default 30 m² per 100 households) and list shortfalls with their remedies.")

    @Option(help: "Square metres required per 100 households.")
    var standard: Double = 30

    @Option(help: "A floor no community may go below, in square metres.")
    var minimum: Double?

    @Option(help: "Only this community (its code or identity).")
    var community: String?

    @Flag(help: "Show only communities short of the standard.")
    var shortfallsOnly = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard standard > 0, standard.isFinite else { throw ValidationError("--standard must be a positive number of square metres") }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            var households = try await store.householdCounts()
            if let community {
                let key = try await ServiceCommunities(store: store).requiredKey(of: community)
                households = [key: households[key] ?? 0]
            }
            let facilities = try await store.facilities(community: nil)
            let plans = try await store.facilityRemedyPlans(community: nil)
            var report = FacilityComplianceReport(
                households: households, facilities: facilities, plans: plans,
                standard: FacilityAreaStandard(squareMetresPerHundredHouseholds: standard, minimumSquareMetres: minimum))
            if community != nil { report.communitiesWithoutHouseholds = [] }
            if shortfallsOnly { report.rows = report.shortfalls }
            switch output.format {
            case .json: try JSONOutput.print(report)
            case .text:
                print(report.table.text)
                print("达标 \(report.rows.filter(\.isCompliant).count) 个社区，未达标 \(report.shortfalls.count) 个")
                if !report.communitiesWithoutHouseholds.isEmpty {
                    print("不在工作区的社区：\(report.communitiesWithoutHouseholds.joined(separator: "、"))")
                }
            }
        }
    }
}
