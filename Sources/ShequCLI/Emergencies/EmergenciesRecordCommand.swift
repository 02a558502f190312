import ArgumentParser
import Foundation
import ShequCore

/// `shequ emergencies record`: records a reported incident.
struct EmergenciesRecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: "Record a reported incident: source, category, kind, severity and place.")

    @Option(help: "The incident's identifier.")
    var id: String
    @Option(help: "police110, fire119, medical120, hotline12345, community or other.")
    var source: String
    @Option(help: "The number the source gave it.")
    var reference: String?
    @Option(help: "naturalDisaster, accident, publicHealth or socialSecurity.")
    var category: String
    @Option(help: "What happened, e.g. 居民楼火灾.")
    var kind: String
    @Option(help: "extraordinary, major, large or ordinary.")
    var severity: String = "ordinary"
    @Option(help: "The community (its code or identity).")
    var community: String
    @Option(help: "The address.")
    var address: String
    @Option(help: "When it was reported (2026-03-01 09:30); default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let incident = EmergencyIncident(
                id: id, source: try EmergencyVocabulary.value(source, "--source", EmergencySource.self), sourceReference: reference,
                category: try EmergencyVocabulary.value(category, "--category", EmergencyCategory.self), kind: kind,
                severity: try EmergencyVocabulary.severity(severity),
                place: EmergencyPlace(communityCode: community, address: address),
                reportedAt: try HotlineTimeOptions.parse(at, "--at") ?? Date())
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).requiredKey(of: community)
            guard try await store.incident(id: id) == nil else {
                throw CommandFailure.rule("incident '\(id)' is recorded already: update it with `shequ emergencies update \(id)`")
            }
            var stored = incident
            stored.place.communityCode = key
            _ = try await store.saveIncidents([stored])
            print("事件 \(id)（\(stored.source.chineseName)，\(stored.severity.chineseName)）已接报")
        }
    }
}
