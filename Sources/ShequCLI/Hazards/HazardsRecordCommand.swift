import ArgumentParser
import Foundation
import ShequCore

/// `shequ hazards record`: adds a finding to an inspection, opening the inspection when new.
struct HazardsRecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a hazard found in an inspection: what, where, level, the unit responsible and the deadline to fix.")

    @Option(help: "The inspection's identifier (new inspections also need --community, --scope and --inspector).")
    var inspection: String
    @Option(help: "The community (its code or identity).")
    var community: String?
    @Option(help: "What was inspected, e.g. 老旧小区燃气管线.")
    var scope: String?
    @Option(help: "An inspector (repeatable).")
    var inspector: [String] = []
    @Option(help: "The finding's identifier.")
    var finding: String
    @Option(help: "What was found.")
    var summary: String
    @Option(help: "Where.")
    var place: String
    @Option(help: "ordinary (一般隐患) or major (重大隐患).")
    var level: String = "ordinary"
    @Option(help: "The unit responsible for fixing it.")
    var unit: String
    @Option(help: "The deadline to fix it (YYYY-MM-DD or 2026-03-01 09:30).")
    var deadline: String
    @Option(help: "When it was found; default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            guard let hazardLevel = HazardLevel(rawValue: level) ?? HazardLevel(chineseName: level) else {
                throw CommandFailure.usage("--level \(level): use ordinary or major")
            }
            let foundAt = try HotlineTimeOptions.parse(at, "--at") ?? Date()
            let due = try HotlineTimeOptions.parse(deadline, "--deadline")!
            guard due >= foundAt else { throw CommandFailure.usage("--deadline \(deadline) is before the finding; give a later day") }
            let store = try await storeOptions.open()
            var record: HazardInspection
            if let stored = try await store.hazardInspection(id: inspection) {
                record = stored
            } else {
                guard let community, let scope, !inspector.isEmpty else {
                    throw CommandFailure.usage("inspection '\(inspection)' is new: give --community, --scope and --inspector")
                }
                let key = try await ServiceCommunities(store: store).requiredKey(of: community)
                record = HazardInspection(id: inspection, communityCode: key, scope: scope, inspectedAt: foundAt, inspectors: inspector)
            }
            guard !record.findings.contains(where: { $0.id == finding }) else {
                throw CommandFailure.rule("inspection \(inspection) already has a finding '\(finding)': give each finding its own identifier")
            }
            record.findings.append(HazardFinding(id: finding, summary: summary, place: place, level: hazardLevel,
                                                 responsibleUnit: unit, foundAt: foundAt, deadline: due))
            _ = try await store.saveHazardInspections([record])
            print("隐患 \(finding)（\(hazardLevel.chineseName)）已登记，责任单位 \(unit)，整改期限 \(deadline)")
        }
    }
}
