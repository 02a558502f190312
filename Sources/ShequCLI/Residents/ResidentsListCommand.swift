import ArgumentParser
import ShequCore

/// `shequ residents list --household ID | --community X`.
struct ResidentsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the residents of a household or, a page at a time, of a community (optionally of one care category).")

    @Option(help: "The household's identity.")
    var household: String?

    @Option(help: "Code, identity or unique name of the community.")
    var community: String?

    @Option(help: "Only residents of the community in this care category (needs --include-care): \(CareCategory.allCases.map(\.key).joined(separator: ", ")).")
    var care: String?

    @OptionGroup var paging: PagingOptions
    @OptionGroup var disclosureOptions: DisclosureOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Listing: Encodable {
        var residents: [Resident]
        var next: PageToken?
    }

    func validate() throws {
        guard (household == nil) != (community == nil) else {
            throw ValidationError("give exactly one of --household ID or --community CODE|NAME")
        }
        if let care {
            guard CareCategory(key: care) != nil else {
                throw ValidationError("unknown care category '\(care)': expected one of \(CareCategory.allCases.map(\.key).joined(separator: ", "))")
            }
            guard community != nil else { throw ValidationError("--care selects within a community: give --community CODE|NAME") }
        }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let disclosure = disclosureOptions.disclosure
            let listing: Listing
            if let household {
                listing = Listing(residents: try await store.residents(inHousehold: HouseholdID(rawValue: household), disclosure: disclosure))
            } else {
                let division = try await DivisionResolver(store: store).resolve(community ?? "")
                let request = PageRequest(after: paging.after.map(PageToken.init(rawValue:)), limit: paging.limit)
                let page = if let category = care.flatMap(CareCategory.init(key:)) {
                    try await store.residents(inCommunity: division.id, in: category, page: request, disclosure: disclosure)
                } else {
                    try await store.residents(inCommunity: division.id, page: request, disclosure: disclosure)
                }
                listing = Listing(residents: page.items, next: page.next)
            }
            switch output.format {
            case .json: try JSONOutput.print(listing)
            case .text:
                for resident in listing.residents { print(ResidentLine.text(resident)) }
                if let next = listing.next { print("next: \(next)") }
            }
        }
    }
}
