import ArgumentParser

/// `shequ import divisions FILE`: import divisions (city, counties, townships, communities) from a file like Samples/data/xinyang-divisions.csv.
struct ImportDivisionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "divisions",
        abstract: "Import divisions (city, counties, townships, communities) from a file like Samples/data/xinyang-divisions.csv.")

    @OptionGroup var options: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await ImportRunner.run(label: "divisions", options: options, store: storeOptions, output: output) {
            try await $0.importDivisions(from: $1, format: $2)
        }
    }
}
