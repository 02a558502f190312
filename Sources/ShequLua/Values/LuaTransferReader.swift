import CShequLua

// Copies Lua values out of a state as LuaValue using only Lua API functions
// that cannot raise: raw table access, no metamethods, no conversions. Everything one
// reader copies counts against one host budget (LuaLimits.maxValueBytes).
struct LuaTransferReader {
    let state: OpaquePointer
    var limits: LuaLimits { budget.limits }
    private(set) var budget: LuaHostBudget
    // Tables being read, outermost first: at most maxDepth, so a linear search is cheap.
    private var open: [UnsafeRawPointer] = []

    init(state: OpaquePointer, limits: LuaLimits) {
        self.state = state
        self.budget = LuaHostBudget(limits: limits)
    }

    /// A reader that goes on counting against a budget already started.
    init(state: OpaquePointer, budget: LuaHostBudget) {
        self.state = state
        self.budget = budget
    }

    mutating func read(at index: Int32, path: @autoclosure () -> String) throws(LuaError) -> LuaValue {
        try read(absolute: lua_absindex(state, index), depth: 0, path: path)
    }

    // `path` names the value in an error; it is only evaluated then.
    private mutating func read(absolute index: Int32, depth: Int, path: () -> String) throws(LuaError) -> LuaValue {
        switch lua_type(state, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(state, index) != 0)
        case LUA_TNUMBER:
            if shq_isinteger(state, index) != 0 {
                return .integer(Int64(lua_tointegerx(state, index, nil)))
            }
            return .number(lua_tonumberx(state, index, nil))
        case LUA_TSTRING:
            return .string(try readString(at: index, path: path()))
        case LUA_TTABLE:
            return .table(try readTable(at: index, depth: depth, path: path))
        default:
            let typeName = String(cString: lua_typename(state, lua_type(state, index)))
            throw LuaError(
                kind: .invalidValue,
                message: "\(path()) is a \(typeName), which cannot be passed to the host")
        }
    }

    mutating func readString(at index: Int32, path: @autoclosure () -> String) throws(LuaError) -> String {
        var length = 0
        guard let pointer = shq_tolstring_raw(state, index, &length) else { return "" }
        try budget.charge(string: length, path: path)
        guard let string = Self.validUTF8(pointer, count: length) else {
            throw LuaError(kind: .invalidValue, message: "string at \(path()) is not valid UTF-8")
        }
        return string
    }

    private mutating func readTable(at index: Int32, depth: Int, path: () -> String) throws(LuaError) -> LuaTable {
        guard depth < limits.maxDepth else {
            throw LuaError(kind: .limitExceeded, message: "table at \(path()) nests deeper than the limit of \(limits.maxDepth)")
        }
        guard let identity = lua_topointer(state, index) else { return LuaTable() }
        guard !open.contains(identity) else {
            throw LuaError(kind: .invalidValue, message: "table at \(path()) contains itself (a cycle); return a tree of tables")
        }
        guard lua_checkstack(state, 3) != 0 else {
            throw LuaError(kind: .limitExceeded, message: "table at \(path()) nests too deeply for the Lua stack")
        }
        try budget.chargeTable(path: path)
        open.append(identity)
        defer { open.removeLast() }
        let top = lua_gettop(state)
        // The sequence part first, by index: no hashing for arrays.
        var array: [LuaValue] = []
        let length = Int(lua_rawlen(state, index))
        if length > 0 {
            try budget.charge(entries: length, path: path)
            array.reserveCapacity(length)
            for position in 1...length {
                if lua_rawgeti(state, index, lua_Integer(position)) == LUA_TNIL {
                    shq_pop(state, 1)
                    break  // a border before rawlen: the rest are plain fields
                }
                do {
                    array.append(try read(absolute: lua_absindex(state, -1), depth: depth + 1, path: { "\(path())[\(position)]" }))
                } catch {
                    lua_settop(state, top)
                    throw error
                }
                shq_pop(state, 1)
            }
        }
        let sequenceCount = Int64(array.count)
        // Then every other key; counted first so the dictionary is allocated once.
        var others = 0
        lua_pushnil(state)
        while lua_next(state, index) != 0 {
            if !isSequenceKey(at: -2, count: sequenceCount) { others += 1 }
            shq_pop(state, 1)
        }
        var fields: [LuaKey: LuaValue] = others > 0 ? Dictionary(minimumCapacity: others) : [:]
        if others > 0 {
            try budget.charge(entries: others, path: path)
            lua_pushnil(state)
            while lua_next(state, index) != 0 {
                if isSequenceKey(at: -2, count: sequenceCount) {
                    shq_pop(state, 1)
                    continue
                }
                do {
                    let key = try readKey(at: -2, path: path)
                    fields[key] = try read(absolute: lua_absindex(state, -1), depth: depth + 1, path: { key.pathComponent(after: path()) })
                } catch {
                    lua_settop(state, top)
                    throw error
                }
                shq_pop(state, 1)
            }
        }
        // Keys n+1, n+2, ... found among the fields extend the sequence (LuaTable's invariant).
        while let next = fields.removeValue(forKey: .integer(Int64(array.count) + 1)) {
            array.append(next)
        }
        return LuaTable(array: array, fields: fields)
    }

    private func isSequenceKey(at index: Int32, count: Int64) -> Bool {
        Self.isSequenceKey(state, at: index, count: count)
    }

    /// Whether the key at `index` is one of the sequence's `1…count`.
    static func isSequenceKey(_ state: OpaquePointer, at index: Int32, count: Int64) -> Bool {
        guard count > 0, lua_type(state, index) == LUA_TNUMBER, shq_isinteger(state, index) != 0 else { return false }
        let key = Int64(lua_tointegerx(state, index, nil))
        return key >= 1 && key <= count
    }

    mutating func readKey(at index: Int32, path: () -> String) throws(LuaError) -> LuaKey {
        switch lua_type(state, index) {
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(state, index) != 0)
        case LUA_TNUMBER:
            if shq_isinteger(state, index) != 0 { return .integer(Int64(lua_tointegerx(state, index, nil))) }
            return .number(lua_tonumberx(state, index, nil))
        case LUA_TSTRING:
            return .string(try readString(at: index, path: "a key of \(path())"))
        default:
            let typeName = String(cString: lua_typename(state, lua_type(state, index)))
            throw LuaError(kind: .invalidValue, message: "table at \(path()) has a \(typeName) key, which cannot be passed to the host")
        }
    }

    /// The bytes as a string, or `nil` when they are not valid UTF-8. Lua strings end in a NUL
    /// byte, so the non-generic C-string validation applies unless the string holds a NUL itself.
    static func validUTF8(_ pointer: UnsafePointer<CChar>, count: Int) -> String? {
        if let string = String(validatingCString: pointer), string.utf8.count == count { return string }
        let buffer = UnsafeRawBufferPointer(start: pointer, count: count).bindMemory(to: UInt8.self)
        return String(validating: buffer, as: UTF8.self)
    }
}
