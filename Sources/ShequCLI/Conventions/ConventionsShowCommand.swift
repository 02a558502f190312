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
            let convention = try await ConventionSteps.load(id, from: try storeOptions.open())
            guard let shown = version.map({ convention.version($0) }) ?? convention.versions.last else {
                throw CommandFailure.rule("convention '\(id)' has no version \(version ?? 0)")
            }
            switch output.format {
            case .json: try JSONOutput.print(convention)
            case .text:
                print("\(convention.kind.chineseName) \(convention.id)（社区 \(convention.community)）")
                for item in convention.versions {
                    let effect = item.effectiveFrom.map { "，\($0)起施行" } ?? ""
                    print("  第\(item.number)版《\(item.title)》：\(item.stage.chineseName)\(effect)")
                }
                print("第\(shown.number)版《\(shown.title)》")
                for article in shown.articles { print("\(article.reference.label)　\(article.text)") }
            }
        }
    }
}
