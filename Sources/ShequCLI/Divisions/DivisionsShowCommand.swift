import ArgumentParser
import ShequCore

/// `shequ divisions show CODE|NAME`: one division, its path, children and, for a community, its people.
struct DivisionsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one division: path, code, committee, children, and for a community its dwellings, households and care counts.")

    @Argument(help: "Code, identity or unique name of the division.")
    var division: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Details: Encodable {
        var division: Division
        var path: [String]
        var children: Int
        var dwellings: Int?
        var households: Int?
        var workers: Int?
        var care: [String: Int]?
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let resolver = DivisionResolver(store: store)
            let division = try await resolver.resolve(self.division)
            var details = Details(
                division: division, path: try await resolver.path(of: division).map(\.name),
                children: try await store.children(of: division.id).count)
            if division.level == .community {
                details.dwellings = try await store.dwellings(in: division.id).count
                var households = 0
                for try await _ in Page.stream(limit: 5_000, { try await store.households(in: division.id, page: $0) }) {
                    households += 1
                }
                details.households = households
                details.workers = try await store.workers(in: division.id, disclosure: []).count
                let counts = try await store.careCounts(in: division.id)
                details.care = Dictionary(uniqueKeysWithValues: counts.map { ($0.key.key, $0.value) })
            }
            switch output.format {
            case .json: try JSONOutput.print(details)
            case .text:
                print("\(division.name)  (\(division.level.chineseName))")
                print("  标识: \(division.id)")
                print("  代码: \(division.code?.rawValue ?? "无")")
                print("  上级: \(details.path.dropLast().joined(separator: " / "))")
                if let committee = division.committee { print("  委员会: \(committee.chineseName)") }
                print("  下级区划: \(details.children)")
                if let households = details.households {
                    print("  楼栋/自然村: \(details.dwellings ?? 0)")
                    print("  户: \(households)")
                    print("  工作人员: \(details.workers ?? 0)")
                    let counts = try await store.careCounts(in: division.id)
                    let care = CareCategory.allCases.map { "\($0.chineseName) \(counts[$0] ?? 0)" }.joined(separator: "，")
                    print("  关爱对象（人数）: \(care)")
                }
            }
        }
    }
}
