import ArgumentParser
import ShequCore

/// `shequ deliberation list`: topics with their state.
struct DeliberationListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List deliberation topics, optionally of one community.")

    @Option(help: "Only topics of this community.") var community: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let topics = try await store.topics(community: community)
            switch output.format {
            case .json: try JSONOutput.print(topics)
            case .text:
                if topics.isEmpty { print("没有议题。") }
                for topic in topics {
                    let state = topic.adoptedOption.map { "已通过「\($0.title)」" } ?? (topic.meetings.isEmpty ? "待开会" : "未形成决定")
                    print("\(topic.id)  \(topic.communityCode)  \(topic.title)  \(state)")
                }
            }
        }
    }
}
