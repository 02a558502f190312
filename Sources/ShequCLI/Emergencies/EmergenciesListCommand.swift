import ArgumentParser
import ShequCore

/// `shequ emergencies list`: incidents in the order reported.
struct EmergenciesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List incidents with source, severity, status and minutes to the first arrival.")

    @Option(help: "Only this community (its code or identity).")
    var community: String?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).filterKey(community)
            let incidents = try await store.incidents(community: key).map(\.masked)
            switch output.format {
            case .json: try JSONOutput.print(incidents)
            case .text:
                for incident in incidents {
                    let arrival = incident.minutesToFirstArrival.map { "  \(Int($0.rounded()))分钟到场" } ?? ""
                    print("\(incident.id)  \(Open311ServiceRequest.time(incident.reportedAt))  \(incident.source.chineseName)  \(incident.kind)  \(incident.severity.chineseName)  \(incident.status.chineseName)\(arrival)")
                }
                if incidents.isEmpty { print("（无事件）") }
            }
        }
    }
}
