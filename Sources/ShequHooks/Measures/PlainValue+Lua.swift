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
                let name = switch key {
                case .string(let text): text
                case .integer(let number): String(number)
                case .number(let number): String(number)
                case .boolean(let flag): String(flag)
                }
                fields[name] = PlainValue(lua: element)
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
