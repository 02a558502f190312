import ArgumentParser

/// `shequ import residents FILE`: import residents; their households must already be stored.
struct ImportResidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "residents",
        abstract: "Import residents; their households must already be stored.")

    @OptionGroup var options: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await ImportRunner.run(label: "residents", options: options, store: storeOptions, output: output) {
            try await $0.importResidents(from: $1, format: $2)
        }
    }
}
