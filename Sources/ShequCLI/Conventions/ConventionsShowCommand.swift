import ArgumentParser
import ShequCore

/// `shequ conventions show ID [--version N]`.
struct ConventionsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a convention: its versions and the text of one.")

    @Argument(help: "The convention's identifier.")
    var id: String
    @Option(help: "The version whose articles are shown (default: the latest).")
    var version: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let convention = try await ConventionSteps.load(id, from: try await storeOptions.open())
            let shown: ConventionVersion?
            if let version { shown = convention.version(version) } else { shown = convention.versions.last }
            guard let shown else {
                throw CommandFailure.rule("convention '\(id)' has no version \(version ?? 0)")
            }
            switch output.format {
            case .json: try JSONOutput.print(convention)
            case .text:
                print("\(convention.kind.chineseName) \(convention.id)（社区 \(convention.community)）")
                for line in convention.versions.map(Self.versionLine) { print(line) }
                print("第\(shown.number)版《\(shown.title)》")
                for article in shown.articles { print("\(article.reference.label)　\(article.text)") }
            }
        }
    }

    /// One version's line: number, title, stage and, once filed, the day it takes effect.
    private static func versionLine(_ version: ConventionVersion) -> String {
        var line = "  第\(version.number)版《\(version.title)》：\(version.stage.chineseName)"
        if let filing = version.filing { line += "，\(filing.effectiveFrom)起施行" }
        return line
    }
}
