import ArgumentParser
import Foundation
import ShequCore

/// `shequ hazards overdue`: findings not struck off after their deadline, major ones first.
struct HazardsOverdueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List findings past their deadline and not verified, major ones first, as of --now.")

    @Option(help: "The time of the report (YYYY-MM-DD or 2026-03-01 09:30); default now.")
    var now: String?
    @Option(help: "Only this community (its code or identity).")
    var community: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let reportTime = try HotlineTimeOptions.parse(now, "--now") ?? Date()
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).filterKey(community)
            let report = HazardOverdueReport(inspections: try await store.hazardInspections(community: key), now: reportTime)
            switch output.format {
            case .json: try JSONOutput.print(report)
            case .text: print(report.table.text)
            }
        }
    }
}
