import ArgumentParser
import Foundation
import ShequCore

/// `shequ affairs catalogue history --division CODE`: every version, who made it, when and why.
struct AffairsCatalogueHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The versions of one catalogue: effective date, author, reason, recording time and changes.")

    @Option(name: [.customLong("division"), .customLong("county")], help: "The city, county or district code.")
    var division: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let records = try await store.catalogueVersions(division: division)
            guard !records.isEmpty else { throw CommandFailure.rule("no catalogue versions are recorded for \(division); import a catalogue first") }
            switch output.format {
            case .json: try JSONOutput.print(records)
            case .text:
                for record in records {
                    let version = record.version
                    print("v\(version.number)  \(CivilDate(chinaDayOf: version.effectiveFrom))起施行  \(version.author)：\(version.reason)  （记录于\(ChinaInstant.text(record.recordedAt))）")
                    for change in version.changes {
                        switch change {
                        case .add(let item): print("  + 新增 \(item.id) \(item.title)〔\(item.category.chineseName)〕")
                        case .adjust(let item): print("  ~ 调整 \(item.id) \(item.title)〔\(item.category.chineseName)〕")
                        case .remove(let itemID): print("  - 删除 \(itemID)")
                        }
                    }
                }
            }
        }
    }
}
