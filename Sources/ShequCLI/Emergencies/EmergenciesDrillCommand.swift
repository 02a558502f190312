import ArgumentParser
import Foundation
import ShequCore

/// `shequ emergencies drill`: records an emergency drill a community held (应急演练, Art. 37).
struct EmergenciesDrillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drill", abstract: "Record a drill: scenario, title, organiser, participants and what it showed (Art. 37).")

    @Option(help: "The drill's identifier.")
    var id: String
    @Option(help: "The community (its code or identity).")
    var community: String
    @Option(help: "The scenario rehearsed: naturalDisaster, accident, publicHealth or socialSecurity.")
    var scenario: String
    @Option(help: "What was rehearsed, e.g. 高层住宅火灾疏散演练.")
    var title: String
    @Option(help: "Who organised it.")
    var organiser: String
    @Option(help: "How many took part.")
    var participants: Int
    @Option(name: .customLong("finding"), help: "A shortcoming the drill showed; may be repeated.")
    var findings: [String] = []
    @Option(help: "When it was held (2026-03-01 09:30); default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard participants >= 1 else { throw ValidationError("--participants must be at least 1") }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).requiredKey(of: community)
            let drill = EmergencyDrill(
                id: id, communityCode: key, scenario: try EmergencyVocabulary.value(scenario, "--scenario", EmergencyCategory.self),
                title: title, heldAt: try HotlineTimeOptions.parse(at, "--at") ?? Date(), organiser: organiser,
                participants: participants, findings: findings)
            if let stored = try await store.drills(community: key).first(where: { $0.id == id }), stored != drill {
                throw CommandFailure.rule("drill '\(id)' is recorded already with other details: give the new drill another --id")
            }
            let outcome = try await store.saveDrills([drill])
            let verb = outcome.written > 0 ? "已记录" : "已存在，未改动"
            print("演练 \(id)（\(drill.scenario.chineseName)，\(participants)人参加）\(verb)")
        }
    }
}
