import ShequCore
import ShequLua

/// The typed hook `measures` (条例第三十条): `evaluate(event, ctx)` returns the incentive
/// and constraint measures a convention attaches to one behaviour event.
///
/// The event is a ``BehaviourEvent`` in its snake_case shape; `ctx` is built by
/// ``MeasuresContext``. The result is a list of flat tables, each read into a
/// ``MeasureProposal`` for the legal guard — never trusted as a measure.
///
/// ```lua
/// -- plugin.lua
/// hooks = { measures = "rules.evaluate" },
/// -- rules.lua
/// function M.evaluate(event, ctx)
///   return { { kind = "award_points", points = 5, topic = "respect_elderly",
///              article = "第五条", reason = "照料孤寡、空巢老人，奖励5分" } }
/// end
/// ```
public enum MeasuresHook: TypedHook {
    public static let name = "measures"
    public typealias Input = BehaviourEvent
    public typealias Output = [MeasureProposal]

    /// Reads the hook's raw result: a list (possibly empty) of measure tables.
    ///
    /// - Throws: ``TypedHookError`` with reason `.result` when the result is not a list.
    public static func proposals(from result: LuaValue, pluginID: String) throws(TypedHookError) -> [MeasureProposal] {
        let items: [LuaValue]
        switch result {
        case .nil:
            items = []
        case .table(let table) where table.fields.isEmpty:
            items = table.array
        default:
            throw TypedHookError(pluginID: pluginID, hook: name, reason: .result(
                "expected a list of measure tables, got a \(result.typeName) with named fields"))
        }
        // A non-table item becomes a proposal without a kind, which the legal guard refuses with its reason.
        return items.map { MeasureProposal(PlainValue(lua: $0)) ?? MeasureProposal(kind: "", fields: ["value": PlainValue(lua: $0)]) }
    }
}
