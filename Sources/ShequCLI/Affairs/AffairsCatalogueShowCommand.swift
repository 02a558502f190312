import ArgumentParser
import Foundation
import ShequCore

/// `shequ affairs catalogue show --division CODE --on DATE`: the catalogue in force, with
/// each item's origin (inherited from the city, or the county's own version).
struct AffairsCatalogueShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "The effective catalogue of a city or county on a date, showing what is inherited and what is local.")

    @Option(name: [.customLong("division"), .customLong("county")], help: "The city, county or district code.")
    var division: String

    @Option(help: "The date (YYYY-MM-DD; default today in China).")
    var on: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let date = try ChinaInstant.option(on, "--on") ?? CivilDate.todayInChina.startInChina
            let hierarchy = try await store.catalogueHierarchy()
            let catalogue: EffectiveCatalogue
            do { catalogue = try hierarchy.effectiveCatalogue(for: division, on: date) } catch { throw CommandFailure.rule(error) }
            switch output.format {
            case .json: try JSONOutput.print(catalogue)
            case .text:
                let name = hierarchy.catalogues[division]?.jurisdiction.name ?? division
                print("\(name)（\(division)）工作事务指导目录，\(CivilDate(chinaDayOf: date)) 有效，共\(catalogue.entries.count)项")
                for category in WorkAffairCategory.allCases {
                    let entries = catalogue.entries(in: category)
                    guard !entries.isEmpty else { continue }
                    print("\(category.chineseName)（\(entries.count)项）")
                    for entry in entries {
                        let origin = entry.isInherited
                            ? "继承自\(entry.definedBy) v\(entry.version)"
                            : "本级 v\(entry.version)（\(CivilDate(chinaDayOf: entry.effectiveFrom))起，\(entry.author)：\(entry.reason)）"
                        print("  \(entry.item.id)  \(entry.item.title)  〔\(origin)〕")
                    }
                }
                for conflict in catalogue.conflicts { print("注意：\(conflict)") }
            }
        }
    }
}
