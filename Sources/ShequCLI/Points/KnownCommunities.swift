import ShequCore

/// Checks that conventions and events name communities the workspace holds, so a typo
/// (or a stray carriage return) cannot leave events waiting for a convention forever.
enum KnownCommunities {
    static func check(_ communities: Set<String>, in store: any WorkspaceStore, context: (String) -> String) async throws {
        for community in communities.sorted() {
            let division = try await store.division(id: DivisionID(rawValue: community))
            guard division?.level == .community else {
                throw CommandFailure.rule("\(context(community)): no community '\(community)' in the workspace; use a community's identity as `shequ divisions show NAME` prints it, e.g. 411522001/方楼村委会")
            }
        }
    }
}
