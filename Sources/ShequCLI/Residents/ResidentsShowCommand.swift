import ArgumentParser
import ShequCore

/// `shequ residents show ID`.
struct ResidentsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one resident.")

    @Argument(help: "The resident's identity.")
    var id: String

    @OptionGroup var disclosureOptions: DisclosureOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            guard let resident = try await store.resident(id: ResidentID(rawValue: id), disclosure: disclosureOptions.disclosure) else {
                throw CommandFailure.rule("no resident '\(id)': list a household's residents with `shequ residents list --household ID`")
            }
            switch output.format {
            case .json: try JSONOutput.print(resident)
            case .text: print(ResidentLine.text(resident))
            }
        }
    }
}
