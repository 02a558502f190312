import ShequCore

/// Loads a stored convention, applies a change and saves it with its audit record.
enum ConventionSteps {
    static func load(_ id: String, from store: any WorkspaceStore) async throws -> Convention {
        guard let convention = try await store.convention(ConventionID(id)) else {
            throw CommandFailure.rule("no convention '\(id)': create it with `shequ conventions create`")
        }
        return convention
    }

    static func advance(_ id: String, version: Int?, step: ConventionStep, by actor: String,
                        store: any WorkspaceStore) async throws -> ConventionChange {
        let convention = try await load(id, from: store)
        let number = version ?? convention.versions.last?.number ?? 1
        let change: ConventionChange
        do { change = try convention.advancing(version: number, with: step, by: actor) } catch {
            throw CommandFailure.rule("convention '\(id)' version \(number): \(error)")
        }
        try await store.save(change.convention, audit: change.record)
        return change
    }

    static func printed(_ change: ConventionChange, format: OutputFormat) throws {
        switch format {
        case .json: try JSONOutput.print(change.record)
        case .text: print("\(change.record.on) \(change.record.actor)：\(change.record.summary)")
        }
    }
}
