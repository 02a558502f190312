import CShequLua

/// A table a hook returned, read in place: its sequence (keys `1…n` up to the first `nil`,
/// what ``LuaTable/array`` holds once copied) and its other keys (``LuaTable/fields``).
///
/// Get one from ``LuaValueReader/table()`` or ``LuaValueReader/content()``; like the value
/// reader, it is valid only while the reading closure runs.
///
/// ```swift
/// if let list = result.table(), !list.hasFields {
///     try list.forEachElement { position, item throws(LuaError) in … }
/// }
/// ```
public struct LuaTableReader {
    private let value: LuaValueReader
    /// How many elements the sequence has.
    public let sequenceCount: Int
    /// Whether the table has keys outside its sequence.
    public let hasFields: Bool

    init(value: LuaValueReader) {
        self.value = value
        let state = value.state
        let index = value.index
        var count = Int(lua_rawlen(state, index))
        for position in stride(from: 1, through: count, by: 1) {
            let type = lua_rawgeti(state, index, lua_Integer(position))
            shq_pop(state, 1)
            if type == LUA_TNIL {
                count = position - 1
                break
            }
        }
        sequenceCount = count
        var fields = false
        if lua_checkstack(state, 3) != 0 {
            lua_pushnil(state)
            while lua_next(state, index) != 0 {
                if !LuaTransferReader.isSequenceKey(state, at: -2, count: Int64(count)) {
                    shq_pop(state, 2)
                    fields = true
                    break
                }
                shq_pop(state, 1)
            }
        }
        hasFields = fields
    }

    /// Calls `body` with each element of the sequence, in order.
    public func forEachElement(_ body: (_ position: Int, _ element: LuaValueReader) throws(LuaError) -> Void) throws(LuaError) {
        guard sequenceCount > 0 else { return }
        try enter(entries: sequenceCount)
        defer { leave() }
        let state = value.state
        let session = value.session
        for position in 1...sequenceCount {
            lua_rawgeti(state, value.index, lua_Integer(position))
            session.enter(.position(position))
            defer {
                session.leave()
                shq_pop(state, 1)
            }
            try body(position, value.child(at: lua_gettop(state)))
        }
    }

    /// Calls `body` with every key and value outside the sequence, in Lua's traversal order.
    ///
    /// - Throws: ``LuaError`` for a key that is not a string, number or boolean.
    public func forEachField(_ body: (_ key: LuaKey, _ value: LuaValueReader) throws(LuaError) -> Void) throws(LuaError) {
        guard hasFields else { return }
        try enter(entries: 0)
        defer { leave() }
        let state = value.state
        let top = lua_gettop(state)
        let sequence = Int64(sequenceCount)
        lua_pushnil(state)
        while lua_next(state, value.index) != 0 {
            if LuaTransferReader.isSequenceKey(state, at: -2, count: sequence) {
                shq_pop(state, 1)
                continue
            }
            do {
                try value.session.count(entries: 1)
                let key = try value.session.key(state: state, at: top + 1)
                value.session.enter(.key(key))
                defer { value.session.leave() }
                try body(key, value.child(at: top + 2))
            } catch {
                lua_settop(state, top)
                throw error
            }
            shq_pop(state, 1)
        }
    }

    // The table is being traversed: depth, stack room, cycles and the entry budget are checked.
    private func enter(entries: Int) throws(LuaError) {
        let session = value.session
        session.check()
        guard value.depth < session.limits.maxDepth else {
            throw LuaError(kind: .limitExceeded, message: "a table in \(session.path) nests deeper than the limit of \(session.limits.maxDepth)")
        }
        guard lua_checkstack(value.state, 3) != 0 else {
            throw LuaError(kind: .limitExceeded, message: "a table in \(session.path) nests too deeply for the Lua stack")
        }
        guard let identity = lua_topointer(value.state, value.index) else { return }
        guard !session.open.contains(identity) else {
            throw LuaError(kind: .invalidValue, message: "a table in \(session.path) contains itself (a cycle); return a tree of tables")
        }
        try session.countTable()
        try session.count(entries: entries)
        session.open.append(identity)
    }

    private func leave() {
        value.session.open.removeLast()
    }
}
