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

    /// Reads the hook's result straight from the Lua state: the proposals ``proposals(from:pluginID:)``
    /// gives for a copy of it, or the same shape error.
    static func proposals(reading result: LuaValueReader, pluginID: String) throws(LuaError) -> Result<[MeasureProposal], TypedHookError> {
        if result.isNil { return .success([]) }
        guard let list = result.table(), !list.hasFields else {
            return .failure(TypedHookError(pluginID: pluginID, hook: name, reason: .result(
                "expected a list of measure tables, got a \(result.typeName) with named fields")))
        }
        var proposals: [MeasureProposal] = []
        proposals.reserveCapacity(list.sequenceCount)
        try list.forEachElement { _, item throws(LuaError) in proposals.append(try proposal(reading: item)) }
        return .success(proposals)
    }

    // One item of the list, as MeasureProposal(PlainValue(lua:)) reads it.
    private static func proposal(reading item: LuaValueReader) throws(LuaError) -> MeasureProposal {
        guard let table = item.table(), table.hasFields else {
            return MeasureProposal(kind: "", fields: ["value": try PlainValue(reading: item)])
        }
        var kind = ""
        var fields: [String: PlainValue] = Dictionary(minimumCapacity: 6)
        try table.forEachElement { position, element throws(LuaError) in fields[String(position)] = try PlainValue(reading: element) }
        try table.forEachField { key, value throws(LuaError) in
            if key == "kind" {
                kind = try value.string() ?? ""
            } else {
                fields[key.plainName] = try PlainValue(reading: value)
            }
        }
        return MeasureProposal(kind: kind, fields: fields)
    }
}
