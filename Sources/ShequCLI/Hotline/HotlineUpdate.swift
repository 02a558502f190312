import ShequCore

/// Reads one work order, applies a change the domain checks, stores it (appending to its
/// history) and prints the result.
struct HotlineUpdate {
    let store: any WorkspaceStore
    let id: String
    let output: OutputOptions

    func apply(_ change: (inout HotlineRequest) throws -> Void) async throws {
        guard var request = try await store.hotlineRequest(id: id) else {
            throw CommandFailure.rule("no work order '\(id)': list them with `shequ hotline list`")
        }
        do { try change(&request) } catch let error as HotlineError {
            throw CommandFailure.rule(error)
        }
        _ = try await store.saveHotlineRequests([request])
        switch output.format {
        case .json: try JSONOutput.print(HotlineShown(request))
        case .text: print(HotlineShown(request).line)
        }
    }
}
