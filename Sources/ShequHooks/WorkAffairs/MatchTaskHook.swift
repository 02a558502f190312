import ShequCore

/// The `match_task` hook: a county maps a free-text task to items of its work-affairs
/// catalogue (工作事务指导目录, Art. 40) by keywords and local synonyms. The host still
/// makes the gate decision; the script only names item ids.
///
/// ```swift
/// let result = try await MatchTaskHook.call(on: instance, input: TaskMatchingHookInput(assignment: task, catalogue: catalogue))
/// ```
public enum MatchTaskHook: TypedHook {
    public static let name = TaskMatchingHook.name
    public typealias Input = TaskMatchingHookInput
    public typealias Output = TaskMatchingHookResult
}
