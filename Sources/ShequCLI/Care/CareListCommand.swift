import ArgumentParser
import ShequCore

/// `shequ care list`: the care records of a community, masked unless `--disclose`.
struct CareListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List care records with visits and outstanding needs; names, phones, addresses and needs masked unless --disclose.")

    @Option(help: "Only this community (its code or identity).")
    var community: String?

    @OptionGroup var disclosure: CareDisclosureOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).filterKey(community)
            let summaries = try await store.careCases(community: key).map { $0.summary(disclosure: disclosure.disclosure) }
            switch output.format {
            case .json: try JSONOutput.print(summaries)
            case .text:
                for shown in summaries {
                    let groups = shown.groups.categories.map(\.chineseName).joined(separator: "、")
                    let last = shown.lastVisitAt.map { "，最近走访 \(Open311ServiceRequest.time($0).prefix(10))" } ?? "，尚未走访"
                    print("\(shown.caseID)  \(shown.personName)  \(shown.communityCode)  \(groups)  走访\(shown.visitCount)次\(last)  待解决需求\(shown.outstandingNeeds.count)项")
                }
                if summaries.isEmpty { print("（无关爱档案）") }
            }
        }
    }
}
