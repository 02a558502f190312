import ArgumentParser
import ShequCore

/// `shequ conventions amend ID`: drafts a new version with the full amended text.
struct ConventionsAmendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "amend", abstract: "Draft an amendment: a new version; earlier versions stay as they were.")

    @Argument(help: "The convention's identifier.")
    var id: String
    @OptionGroup var draft: ConventionDraftOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let convention = try await ConventionSteps.load(id, from: store)
            let change: ConventionChange
            do {
                change = try convention.amend(
                    title: draft.title, articles: try ConventionArticlesFile.read(draft.articles), on: draft.day, by: draft.by)
            } catch let error as ConventionError { throw CommandFailure.rule(error) }
            try await store.save(change.convention, audit: change.record)
            try ConventionSteps.printed(change, format: output.format)
        }
    }
}
