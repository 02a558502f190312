import ArgumentParser
import ShequCore

/// Which communities a grids command works on: `--community`, `--township`, `--county` or `--all`.
struct GridsScopeOptions: ParsableArguments {
    @Option(help: "One community: its code, identity or unique name.")
    var community: String?

    @Option(help: "Every community of one township (street office).")
    var township: String?

    @Option(help: "Every community of one county or district.")
    var county: String?

    @Flag(help: "Every community in the workspace.")
    var all = false

    func validate() throws {
        let chosen = [community != nil, township != nil, county != nil, all].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError("choose exactly one of --community, --township, --county or --all")
        }
    }

    /// A community with the names and codes a division needs.
    struct Member {
        var division: Division
        var townshipName: String
        var countyCode: String
    }

    /// The communities in scope, in code order.
    func communities(in store: any GovernanceStore) async throws -> [Member] {
        let resolver = DivisionResolver(store: store)
        let root: Division?
        let expected: DivisionLevel?
        if let community {
            root = try await resolver.resolve(community); expected = .community
        } else if let township {
            root = try await resolver.resolve(township); expected = .township
        } else if let county {
            root = try await resolver.resolve(county); expected = .county
        } else {
            root = nil; expected = nil
        }
        if let root, let expected, root.level != expected {
            throw CommandFailure.usage("\(root.name) (\(root.id)) is a \(root.level), not a \(expected)")
        }
        var members: [Member] = []
        func walk(_ division: Division?, path: [Division]) async throws {
            if let division, division.level == .community {
                let township = path.last { $0.level == .township }
                let county = path.last { $0.level == .county }
                members.append(Member(
                    division: division, townshipName: township?.name ?? "",
                    countyCode: county?.code?.rawValue ?? county?.id.rawValue ?? String((division.code?.rawValue ?? "").prefix(6))))
                return
            }
            for child in try await store.children(of: division?.id) {
                try await walk(child, path: path + (division.map { [$0] } ?? []))
            }
        }
        var ancestors: [Division] = []
        if let root { ancestors = Array(try await resolver.path(of: root).dropLast()) }
        try await walk(root, path: ancestors)
        return members.sorted { $0.division.id < $1.division.id }
    }
}
