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

    /// Writes ``hookInput`` straight into a call's arguments, without building it first.
    func writeHookInput(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.beginTable()
        try writer.key("id")
        try writer.write(id)
        try writer.key("kind")
        try writer.write(kind)
        try writer.key("subject")
        try writer.beginTable()
        try writer.key("type")
        try writer.write(subject.type.rawValue)
        try writer.key("id")
        try writer.write(subject.id)
        try writer.endTable()
        if let household {
            try writer.key("household")
            try writer.write(household)
        }
        try writer.key("community")
        try writer.write(community.rawValue)
        try writer.key("occurred_at")
        try writer.write(occurredOn.description)
        if let place {
            try writer.key("place")
            try writer.write(place)
        }
        try writer.key("reporter")
        try writer.write(reporter)
        try writer.key("evidence")
        try writer.beginTable()
        for item in evidence { try writer.write(item) }
        try writer.endTable()
        try writer.key("facts")
        try writer.beginTable()
        for (key, value) in facts where value != .null {
            try writer.key(key)
            try writer.write(plain: value)
        }
        try writer.endTable()
        try writer.endTable()
    }
}
