import ArgumentParser
import ShequCore
import ShequHooks

/// `shequ conventions file ID`: filing with the township and publication (备案、公布).
struct ConventionsFileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Record filing and publication, and the day the version takes effect.",
        discussion: "With --plugin, each points plugin's measure declaration is checked against the version first: every article it names must exist in it. Nothing is filed when a check fails.")

    @Argument(help: "The convention's identifier.")
    var id: String
    @Option(help: "The version (default: the latest).")
    var version: Int?
    @Option(help: "The office it is filed with.")
    var office: String
    @Option(help: "The day it was filed.")
    var filed: CivilDate
    @Option(help: "The day it was published to residents.")
    var published: CivilDate
    @Option(help: "The day it takes effect (on or after filing and publication).")
    var effective: CivilDate
    @Option(help: ArgumentHelp("A points plugin serving the community, whose declaration is checked; repeatable.", valueName: "DIR"))
    var plugin: [String] = []

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let convention = try await ConventionSteps.load(id, from: store)
            let number = version ?? convention.versions.last?.number ?? 1
            if let candidate = convention.version(number) {
                for folder in plugin {
                    let measures = try MeasuresPluginOptions.load(folder, isolation: isolationOptions.choice)
                    do { try measures.bounds.check(against: candidate, file: "\(folder)/plugin.lua") } catch {
                        throw CommandFailure.rule("cannot file version \(number) of '\(id)': \(error)")
                    }
                }
            }
            let step = ConventionStep.file(ConventionFiling(office: office, filedOn: filed, publishedOn: published, effectiveFrom: effective))
            let change = try await ConventionSteps.advance(id, version: number, step: step, by: office, store: store)
            try ConventionSteps.printed(change, format: output.format)
        }
    }
}
