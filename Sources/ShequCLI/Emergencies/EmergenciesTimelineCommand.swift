import ArgumentParser
import ShequCore

/// `shequ emergencies timeline`: an incident's status changes, dispatches and handling, reporter masked.
struct EmergenciesTimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Show an incident's timeline: status changes, units dispatched and arrived, handling.")

    @Argument(help: "The incident's identifier.")
    var id: String
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            guard let incident = try await store.incident(id: id)?.masked else {
                throw CommandFailure.rule("no incident '\(id)': list them with `shequ emergencies list`")
            }
            switch output.format {
            case .json: try JSONOutput.print(incident)
            case .text:
                print("\(incident.id)  \(incident.kind)  \(incident.severity.chineseName)  \(incident.place.communityCode)  \(incident.place.address)")
                print("  \(Open311ServiceRequest.time(incident.reportedAt))  接报（\(incident.source.chineseName)）")
                for change in incident.timeline {
                    print("  \(Open311ServiceRequest.time(change.at))  \(change.from.chineseName) → \(change.to.chineseName)  \(change.by)\(change.note.map { "  \($0)" } ?? "")")
                }
                for unit in incident.dispatches {
                    let arrival = unit.arrivedAt.map { "，\(Open311ServiceRequest.time($0)) 到场" } ?? "，未到场"
                    print("  调度 \(unit.unit)（\(unit.role.chineseName)）\(Open311ServiceRequest.time(unit.dispatchedAt))\(arrival)")
                }
                for note in incident.handling { print("  处置：\(note)") }
            }
        }
    }
}
