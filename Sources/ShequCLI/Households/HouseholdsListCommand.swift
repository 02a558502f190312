import ArgumentParser
import ShequCore

/// `shequ households list COMMUNITY`: one page of a community's households.
struct HouseholdsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the households of a community, a page at a time.")

    @Argument(help: "Code, identity or unique name of the community.")
    var community: String

    @OptionGroup var paging: PagingOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Listing: Encodable {
        var households: [Household]
        var next: PageToken?
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let division = try await DivisionResolver(store: store).resolve(community)
            let page = try await store.households(
                in: division.id, page: PageRequest(after: paging.after.map(PageToken.init(rawValue:)), limit: paging.limit))
            switch output.format {
            case .json: try JSONOutput.print(Listing(households: page.items, next: page.next))
            case .text:
                for household in page.items { print("\(household.id)  \(household.address)") }
                if let next = page.next { print("next: \(next)") }
            }
        }
    }
}
