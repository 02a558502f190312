import ArgumentParser
import Foundation
import ShequCore

/// `shequ emergencies drills`: the drills held, oldest first, with what they showed (Art. 37).
struct EmergenciesDrillsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drills", abstract: "List drills with scenario, organiser, participants and findings.")

    @Option(help: "Only this community (its code or identity).")
    var community: String?
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).filterKey(community)
            let drills = try await store.drills(community: key).sorted { ($0.heldAt, $0.id) < ($1.heldAt, $1.id) }
            switch output.format {
            case .json: try JSONOutput.print(drills)
            case .text:
                for drill in drills {
                    let findings = drill.findings.isEmpty ? "" : "  发现问题：" + drill.findings.joined(separator: "；")
                    print("\(drill.id)  \(Open311ServiceRequest.time(drill.heldAt))  \(drill.scenario.chineseName)  \(drill.title)  \(drill.organiser)  \(drill.participants)人\(findings)")
                }
                if drills.isEmpty { print("（无演练记录）") }
            }
        }
    }
}
