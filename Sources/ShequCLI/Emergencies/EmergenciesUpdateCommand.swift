import ArgumentParser
import Foundation
import ShequCore

/// `shequ emergencies update`: dispatches a unit, records an arrival or handling, or moves the status.
struct EmergenciesUpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Update an incident: --dispatch UNIT:ROLE, --arrived UNIT, --handling TEXT, --to STATUS (each recorded in its timeline).")

    @Argument(help: "The incident's identifier.")
    var id: String
    @Option(help: "Dispatch a unit as UNIT:ROLE, ROLE one of \(EmergencyUnitRole.allCases.map(\.rawValue).joined(separator: ", ")).")
    var dispatch: String?
    @Option(help: "A dispatched unit arrived.")
    var arrived: String?
    @Option(help: "A note on the handling.")
    var handling: String?
    @Option(help: "The new status: \(EmergencyStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: String?
    @Option(help: "A note for the status change.")
    var note: String?

    @OptionGroup var time: HotlineTimeOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let date = try time.time()
            let store = try await storeOptions.open()
            guard var incident = try await store.incident(id: id) else {
                throw CommandFailure.rule("no incident '\(id)': list them with `shequ emergencies list`")
            }
            guard dispatch != nil || arrived != nil || handling != nil || to != nil else {
                throw CommandFailure.usage("give --dispatch, --arrived, --handling or --to")
            }
            do {
                if let dispatch {
                    let parts = dispatch.split(separator: ":", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw CommandFailure.usage("--dispatch \(dispatch): give UNIT:ROLE") }
                    let role = try EmergencyVocabulary.value(parts[1], "--dispatch", EmergencyUnitRole.self)
                    try incident.dispatch(EmergencyDispatch(unit: parts[0], role: role, dispatchedAt: date), by: time.by)
                }
                if let arrived { try incident.recordArrival(of: arrived, at: date) }
                if let handling { try incident.recordHandling(handling) }
                if let to {
                    try incident.advance(to: try EmergencyVocabulary.value(to, "--to", EmergencyStatus.self), at: date, by: time.by, note: note)
                }
            } catch let error as EmergencyError {
                throw CommandFailure.rule(error)
            }
            _ = try await store.saveIncidents([incident])
            print("\(id) \(incident.status.chineseName)")
        }
    }
}
