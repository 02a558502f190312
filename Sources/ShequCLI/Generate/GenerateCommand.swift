import ArgumentParser
import Foundation
import ShequCore
import ShequImport

/// `shequ generate`: realistic, deterministic buildings or natural villages, households, residents and
/// workers for the imported communities.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate dwellings, households, residents and workers for imported communities (seeded, deterministic).",
        discussion: """
            Households per community follow Xinyang's averages (about 1,500 in a residents' community, 420 in \
            a village; about 2 million for the whole city at --scale 1), with realistic household sizes, ages \
            and small shares in each care category (Art. 19–20). The same seed always gives the same data; \
            running again upserts the same rows.
            """)

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 1

    @Option(help: "Fraction of the real number of households, e.g. 0.05 for a quick demo.")
    var scale: Double = 1

    @Option(help: "Only communities under this division (code, identity or unique name).")
    var under: String?

    @Option(help: "Write households.csv, residents.csv and workers.csv into this directory instead of the store.")
    var csvDir: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard scale > 0 && scale <= 10 else { throw ValidationError("--scale must be in (0, 10], e.g. 0.05 or 1") }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            var profile = PopulationProfile.xinyang
            profile.scale = scale
            var run = PopulationRun(store: store, generator: PopulationGenerator(seed: seed, profile: profile))
            if let under { run.scope = try await DivisionResolver(store: store).resolve(under).id }
            let bar = ProgressBar(label: "generate", unit: "households")
            run.progress = bar.reporter
            let summary: GenerationSummary
            if let csvDir {
                try FileManager.default.createDirectory(atPath: csvDir, withIntermediateDirectories: true)
                summary = try await run.writeCSV(directory: csvDir)
            } else {
                summary = try await run.writeToStore()
            }
            bar.finish()
            guard summary.communities > 0 else {
                throw CommandFailure.rule("no communities to generate for: import divisions first (shequ import divisions FILE.csv)")
            }
            switch output.format {
            case .text: print("generated \(summary)")
            case .json: try JSONOutput.print(summary)
            }
        }
    }
}
