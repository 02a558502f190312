import ArgumentParser

/// `shequ import households FILE`: import households and their buildings or natural villages.
struct ImportHouseholdsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Import households and their buildings or natural villages.")

    @OptionGroup var options: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await ImportRunner.run(label: "households", options: options, store: storeOptions, output: output) {
            try await $0.importHouseholds(from: $1, format: $2)
        }
    }
}
