import ArgumentParser
import ShequCore

/// `shequ divisions tree [CODE|NAME]`: the hierarchy under a division, or the whole workspace.
struct DivisionsTreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Print the divisions under a division (code, identity or unique name), or all of them.")

    @Argument(help: "Code, identity or unique name of the division to start from.")
    var division: String?

    @Option(help: "Levels to descend below the starting division (default: all).")
    var depth: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    /// A division and its children, for JSON output.
    struct Node: Encodable {
        var division: Division
        var children: [Node]

        func encode(to encoder: any Encoder) throws {
            try division.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            if !children.isEmpty { try container.encode(children, forKey: .children) }
        }

        enum Key: CodingKey { case children }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let roots = if let division {
                [try await DivisionResolver(store: store).resolve(division)]
            } else {
                try await store.children(of: nil)
            }
            let maxDepth = depth ?? Int.max
            var nodes: [Node] = []
            for root in roots { nodes.append(try await node(root, depth: 0, maxDepth: maxDepth, store: store)) }
            switch output.format {
            case .json: try JSONOutput.print(nodes)
            case .text: for node in nodes { printText(node, indent: 0) }
            }
        }
    }

    private func node(_ division: Division, depth: Int, maxDepth: Int, store: any GovernanceStore) async throws -> Node {
        guard depth < maxDepth, division.level != .community else { return Node(division: division, children: []) }
        var children: [Node] = []
        for child in try await store.children(of: division.id) {
            children.append(try await node(child, depth: depth + 1, maxDepth: maxDepth, store: store))
        }
        return Node(division: division, children: children)
    }

    private func printText(_ node: Node, indent: Int) {
        let code = node.division.code.map { " [\($0)]" } ?? ""
        print(String(repeating: "  ", count: indent) + node.division.name + code)
        for child in node.children { printText(child, indent: indent + 1) }
    }
}
