import ArgumentParser
import ShequCore

/// `shequ households show ID`: a household and its residents (masked unless asked).
struct HouseholdsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a household and its residents.")

    @Argument(help: "The household's identity.")
    var id: String

    @OptionGroup var disclosureOptions: DisclosureOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Details: Encodable {
        var household: Household
        var residents: [Resident]
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            guard let household = try await store.household(id: HouseholdID(rawValue: id)) else {
                throw CommandFailure.rule("no household '\(id)': list a community's households with `shequ households list COMMUNITY`")
            }
            let residents = try await store.residents(inHousehold: household.id, disclosure: disclosureOptions.disclosure)
            switch output.format {
            case .json: try JSONOutput.print(Details(household: household, residents: residents))
            case .text:
                print("\(household.id)  \(household.address)  (\(household.communityID))")
                for resident in residents { print("  " + ResidentLine.text(resident)) }
            }
        }
    }
}
