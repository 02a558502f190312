import ShequCore
import ShequLua

extension BehaviourEvent {
    /// The event as the `measures` hook's first argument: the same table ``LuaEncoder``
    /// makes of it (snake_case keys, absent optionals left out), built directly.
    ///
    /// ```swift
    /// let input = event.hookInput   // ["id": "ev-1", "kind": "banquet", "subject": ["type": "household", …], …]
    /// ```
    public var hookInput: LuaValue {
        var fields: [LuaKey: LuaValue] = Dictionary(minimumCapacity: 10)
        fields["id"] = .string(id)
        fields["kind"] = .string(kind)
        fields["subject"] = .table(LuaTable(fields: ["type": .string(subject.type.rawValue), "id": .string(subject.id)]))
        if let household { fields["household"] = .string(household) }
        fields["community"] = .string(community.rawValue)
        fields["occurred_at"] = .string(occurredOn.description)
        if let place { fields["place"] = .string(place) }
        fields["reporter"] = .string(reporter)
        fields["evidence"] = .table(LuaTable(array: evidence.map(LuaValue.string)))
        var facts: [LuaKey: LuaValue] = Dictionary(minimumCapacity: self.facts.count)
        for (key, value) in self.facts where value != .null { facts[.string(key)] = value.luaValue }
        fields["facts"] = .table(LuaTable(fields: facts))
        return .table(LuaTable(fields: fields))
    }
}
