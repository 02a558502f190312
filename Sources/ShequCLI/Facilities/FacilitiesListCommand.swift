import ArgumentParser
import ShequCore

/// `shequ facilities list`: the facilities of one community or of all.
struct FacilitiesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List facilities with their kind, area and tenure.")

    @Option(help: "Only this community (its code or identity).")
    var community: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).filterKey(community)
            let facilities = try await store.facilities(community: key)
            switch output.format {
            case .json: try JSONOutput.print(facilities)
            case .text:
                for facility in facilities {
                    let state = facility.inService ? "" : "  （未投入使用）"
                    print("\(facility.id)  \(facility.communityCode)  \(facility.name)  \(facility.kind.chineseName)  \(facility.areaSquareMetres)㎡  \(facility.tenure.chineseName)\(state)")
                }
                if facilities.isEmpty { print("（无设施）") }
            }
        }
    }
}
