import ArgumentParser
import ShequCore

/// `shequ conventions create`: drafts a convention with its first version.
struct ConventionsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Draft a new convention (version 1).")

    @Option(help: "The convention's identifier.")
    var id: String
    @Option(help: "The community whose committee owns it.")
    var community: String
    @Option(help: "autonomy_charter, residents_convention or village_rules.")
    var kind: ConventionKind
    @OptionGroup var draft: ConventionDraftOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            if try await store.convention(ConventionID(id)) != nil {
                throw CommandFailure.rule("convention '\(id)' exists already: amend it with `shequ conventions amend \(id)`")
            }
            try await KnownCommunities.check([community], in: store) { _ in "--community" }
            let change: ConventionChange
            do {
                change = try Convention.draft(id: ConventionID(id), community: CommunityID(community), kind: kind, title: draft.title,
                                              articles: try ConventionArticlesFile.read(draft.articles), on: draft.day, by: draft.by)
            } catch let error as ConventionError { throw CommandFailure.rule(error) }
            try await store.save(change.convention, audit: change.record)
            try ConventionSteps.printed(change, format: output.format)
        }
    }
}
