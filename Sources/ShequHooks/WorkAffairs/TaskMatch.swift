import ShequCore
import ShequLua

/// The catalogue items a county plugin found for a free-text task, checked against the
/// catalogue in force (Art. 40).
///
/// ```swift
/// let match = try await TaskMatch.find(for: assignment, in: catalogue, using: instance)
/// assignment.itemIDs = match.itemIDs
/// ```
public struct TaskMatch: Sendable, Hashable {
    /// The plugin that mapped the task.
    public var pluginID: String
    /// The catalogue item ids, each once, in the plugin's order.
    public var itemIDs: [String]
    /// The plugin's explanation, when it gave one.
    public var explanation: String?

    /// Asks the plugin's `match_task` hook and checks every id against the catalogue.
    ///
    /// - Throws: ``TypedHookError`` when the script fails or returns the wrong shape;
    ///   ``TaskMatchingHookError`` when it names an id outside the catalogue.
    public static func find(for assignment: WorkAssignment, in catalogue: EffectiveCatalogue, using instance: PluginInstance) async throws -> TaskMatch {
        let result = try await MatchTaskHook.call(on: instance, input: TaskMatchingHookInput(assignment: assignment, catalogue: catalogue))
        let ids = try result.validated(against: catalogue)
        return TaskMatch(pluginID: instance.plugin.manifest.id, itemIDs: ids, explanation: result.explanation)
    }

    /// How the match is recorded with the decision: the plugin and its explanation.
    public var summary: String {
        "\(pluginID)：\(itemIDs.isEmpty ? "未对应任何事项" : itemIDs.joined(separator: "、"))" + (explanation.map { "（\($0)）" } ?? "")
    }
}
