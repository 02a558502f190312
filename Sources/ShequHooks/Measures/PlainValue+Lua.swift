import ShequCore
import ShequLua

extension PlainValue {
    /// Reads a value a script returned as plain data, so the legal guard sees every field.
    ///
    /// A table with only a sequence becomes a list; any other table becomes a table whose
    /// keys are written as strings (`1`, `2` for mixed tables).
    init(lua value: LuaValue) {
        switch value {
        case .nil: self = .null
        case .boolean(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(Int(number))
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .table(let table):
            if table.fields.isEmpty {
                self = .list(table.array.map(PlainValue.init(lua:)))
                return
            }
            var fields: [String: PlainValue] = [:]
            for (index, element) in table.array.enumerated() { fields[String(index + 1)] = PlainValue(lua: element) }
            for (key, element) in table.fields {
                fields[key.plainName] = PlainValue(lua: element)
            }
            self = .table(fields)
        }
    }

    /// The value as a Lua value, for `ctx`.
    var luaValue: LuaValue {
        switch self {
        case .null: .nil
        case .bool(let flag): .boolean(flag)
        case .integer(let number): .integer(Int64(number))
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .list(let items): .table(LuaTable(array: items.map(\.luaValue)))
        case .table(let fields):
            .table(LuaTable(fields: Dictionary(uniqueKeysWithValues: fields.map { (LuaKey.string($0.key), $0.value.luaValue) })))
        }
    }
}

extension PlainValue {
    /// Reads a value straight from the Lua state, giving what ``init(lua:)`` gives for its copy.
    init(reading value: LuaValueReader) throws(LuaError) {
        switch try value.content() {
        case .nil: self = .null
        case .boolean(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(Int(number))
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .table(let table):
            var array: [PlainValue] = []
            try table.forEachElement { _, element throws(LuaError) in array.append(try PlainValue(reading: element)) }
            guard table.hasFields else {
                self = .list(array)
                return
            }
            var fields: [String: PlainValue] = [:]
            for (index, element) in array.enumerated() { fields[String(index + 1)] = element }
            try table.forEachField { key, element throws(LuaError) in fields[key.plainName] = try PlainValue(reading: element) }
            self = .table(fields)
        }
    }
}

extension LuaKey {
    /// The key as a ``PlainValue`` table names it.
    var plainName: String {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .boolean(let flag): String(flag)
        }
    }
}

extension LuaValueWriter {
    /// Writes a plain value as ``PlainValue/luaValue`` makes it, without building that value.
    mutating func write(plain value: PlainValue) throws(LuaError) {
        switch value {
        case .null: try writeNil()
        case .bool(let flag): try write(flag)
        case .integer(let number): try write(Int64(number))
        case .number(let number): try write(number)
        case .string(let text): try write(text)
        case .list(let items):
            try beginTable()
            for item in items { try write(plain: item) }
            try endTable()
        case .table(let fields):
            try beginTable()
            for (key, item) in fields {
                try self.key(key)
                try write(plain: item)
            }
            try endTable()
        }
    }
}
