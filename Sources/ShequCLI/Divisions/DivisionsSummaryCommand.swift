import ArgumentParser
import ShequCore

/// `shequ divisions summary`: divisions per level, households and residents.
struct DivisionsSummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Count divisions per level (city, county, township, community), households and residents.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let summary = try await storeOptions.open().summary()
            switch output.format {
            case .json: try JSONOutput.print(summary)
            case .text:
                print("""
                    市        \(summary.city)
                    县/区     \(summary.county)
                    乡镇/街道 \(summary.township)
                    社区/村   \(summary.community)
                    户        \(summary.households)
                    居民      \(summary.residents)
                    """)
            }
        }
    }
}
