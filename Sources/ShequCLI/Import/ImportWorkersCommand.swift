import ArgumentParser

/// `shequ import workers FILE`: import community and grid workers (Art. 39).
struct ImportWorkersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workers",
        abstract: "Import community and grid workers (Art. 39); their communities must already be stored.")

    @OptionGroup var options: ImportOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await ImportRunner.run(label: "workers", options: options, store: storeOptions, output: output) {
            try await $0.importWorkers(from: $1, format: $2)
        }
    }
}
