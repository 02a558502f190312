import ShequCore

/// Finds the division an operator means by a code, an identity or a name.
struct DivisionResolver {
    let store: any GovernanceStore

    func resolve(_ text: String) async throws -> Division {
        if let division = try await store.division(id: DivisionID(rawValue: text)) { return division }
        let named = try await store.divisions(named: text)
        switch named.count {
        case 1: return named[0]
        case 0:
            throw CommandFailure.rule("no division with code, identity or name '\(text)': list them with `shequ divisions tree`")
        default:
            let candidates = named.prefix(10).map { "  \($0.id)  \($0.name) (\($0.level))" }.joined(separator: "\n")
            throw CommandFailure.rule("'\(text)' names \(named.count) divisions: give the code or identity of one:\n\(candidates)")
        }
    }

    /// The names from the city down to `division`, e.g. `信阳市 浉河区 老城街道办事处`.
    func path(of division: Division) async throws -> [Division] {
        var chain = [division]
        var cursor = division.parentID
        while let id = cursor, let parent = try await store.division(id: id) {
            chain.insert(parent, at: 0)
            cursor = parent.parentID
        }
        return chain
    }
}
