import ArgumentParser
import Foundation
import ShequCore

/// `shequ events generate --month YYYY-MM`: a month of realistic behaviour events for the
/// generated households of a workspace, as JSON Lines for `shequ events import`.
struct EventsGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a month of realistic behaviour events for the workspace's households (JSON Lines).",
        discussion: "Deterministic: the same workspace, seed and month give the same file. Nothing is recorded; import the file with `shequ events import`."
    )

    @Option(help: "The month, YYYY-MM.")
    var month: String

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Only communities under this division (code, identity or unique name).")
    var under: String?

    @Option(help: "Write the events to this file (default: standard output).")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let parts = month.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, let first = CivilDate(year: parts[0], month: parts[1], day: 1) else {
                throw CommandFailure.usage("--month '\(month)': write the month as YYYY-MM, e.g. 2025-04")
            }
            let store = try await storeOptions.open()
            var scope: DivisionID?
            if let under { scope = try await DivisionResolver(store: store).resolve(under).id }
            let communities = try await store.transaction { tx in try tx.communities(under: scope) }
            let generator = BehaviourEventGenerator(seed: seed, year: first.year, month: first.month)
            var lines: [String] = []
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for community in communities {
                var households: [String: [BehaviourEventGenerator.Member]] = [:]
                var page = PageRequest(limit: 5000)
                while true {
                    let residents = try await store.residents(inCommunity: community.id, page: page, disclosure: [])
                    for resident in residents.items {
                        households[resident.householdID.rawValue, default: []].append(
                            .init(id: resident.id.rawValue, age: resident.birthDate.age(on: first)))
                    }
                    guard let next = residents.next else { break }
                    page.after = next
                }
                let events = generator.events(community: CommunityID(community.id.rawValue),
                                              households: households.sorted { $0.key < $1.key }.map { (id: $0.key, members: $0.value) })
                for event in events { lines.append(String(decoding: try encoder.encode(event), as: UTF8.self)) }
            }
            guard !lines.isEmpty else {
                throw CommandFailure.rule("no residents to generate events for: run `shequ generate` first")
            }
            let text = lines.joined(separator: "\n") + "\n"
            if let output {
                do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                    throw CommandFailure.usage("\(output): cannot write the events file: \(error.localizedDescription)")
                }
                printError("\(lines.count) events for \(communities.count) communities written to \(output)")
            } else {
                print(text, terminator: "")
            }
        }
    }
}
