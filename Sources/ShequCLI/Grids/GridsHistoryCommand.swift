import ArgumentParser
import ShequCore

/// `shequ grids history`: the versions of a community's division, or which grid a
/// household was in on a date.
struct GridsHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the division versions of a community, or tell which grid a household was in on a date.")

    @Option(help: "The community: its code, identity or unique name.")
    var community: String?

    @Option(help: "A household ID: answer which grid it was in on --on.")
    var household: String?

    @Option(help: "The date for --household (YYYY-MM-DD); default today.")
    var on: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Version: Encodable {
        var version: Int
        var status: DivisionStatus
        var grids: Int
        var proposedOn: CivilDate
        var proposedBy: String
        var appliedFrom: CivilDate?

        enum CodingKeys: String, CodingKey {
            case version, status, grids
            case proposedOn = "proposed_on"
            case proposedBy = "proposed_by"
            case appliedFrom = "applied_from"
        }
    }

    struct Placement: Encodable {
        var household: String
        var date: CivilDate
        var grid: GridCode?
        var gridName: String?
        var version: Int?

        enum CodingKeys: String, CodingKey {
            case household, date, grid, version
            case gridName = "grid_name"
        }
    }

    func validate() throws {
        guard (community == nil) != (household == nil) else { throw ValidationError("give either --community or --household") }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            if let household {
                guard let found = try await store.household(id: HouseholdID(rawValue: household)) else {
                    throw CommandFailure.rule("no household \(household): list them with `shequ households list COMMUNITY`")
                }
                let division = try await DivisionResolver(store: store).resolve(found.communityID.rawValue)
                let code = division.code?.rawValue ?? division.id.rawValue
                let date = try CivilDate.option(on, "--on") ?? CivilDate.today()
                let history = try await store.divisionHistory(community: code)
                let inForce = history?.division(on: date)
                let grid = inForce?.grid(ofHousehold: household)
                let placement = Placement(household: household, date: date, grid: grid?.code, gridName: grid?.name, version: inForce?.version)
                switch output.format {
                case .json: try JSONOutput.print(placement)
                case .text:
                    if let grid, let inForce {
                        print("户 \(household) 在 \(date) 属于 \(grid.code) \(grid.name)（划分第\(inForce.version)版）")
                    } else {
                        print("户 \(household) 在 \(date) 不属于任何已施行的网格划分")
                    }
                }
                return
            }
            let division = try await DivisionResolver(store: store).resolve(community!)
            let code = division.code?.rawValue ?? division.id.rawValue
            let versions = (try await store.divisionHistory(community: code)?.divisions ?? []).map {
                Version(version: $0.version, status: $0.status, grids: $0.grids.count,
                        proposedOn: $0.proposedOn, proposedBy: $0.proposedBy, appliedFrom: $0.appliedFrom)
            }
            switch output.format {
            case .json: try JSONOutput.print(versions)
            case .text:
                if versions.isEmpty { print("\(division.name)（\(code)）尚无网格划分") }
                for version in versions {
                    let applied = version.appliedFrom.map { "自\($0)起施行" } ?? version.status.rawValue
                    print("第\(version.version)版  \(version.grids)个网格  \(version.proposedOn) \(version.proposedBy)提出  \(applied)")
                }
            }
        }
    }
}
