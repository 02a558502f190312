/// A coding key made up by the Lua coders: sequence positions and `super`.
struct LuaCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }

    /// The key of a sequence element, counted from 0 as Swift coding paths are.
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    static let `super` = LuaCodingKey(stringValue: "super")
}

extension CodingKey {
    /// The Lua table key for this coding key.
    ///
    /// Keys of `[Int: V]` dictionaries become integer keys, so `[1: "a"]` is the
    /// Lua table `{ [1] = "a" }`; every other key is its string value.
    var luaKey: LuaKey {
        if let index = intValue, stringValue == String(index) {
            return .integer(Int64(index))
        }
        return .string(stringValue)
    }
}

extension Array where Element == any CodingKey {
    /// A coding path as `a.b[2].c`, for messages.
    var dottedPath: String {
        if isEmpty { return "the top-level value" }
        var text = ""
        for key in self {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}

extension LuaValue {
    /// The value's Lua type with enough detail to recognise it, for messages:
    /// `number (integer 3)`, `number (float 3.5)`, `string "abc"`, `table`.
    var codingDescription: String {
        switch self {
        case .nil: "nil"
        case .boolean(let flag): "boolean \(flag)"
        case .integer(let integer): "number (integer \(integer))"
        case .number(let number): "number (float \(number))"
        case .string(let text):
            text.count > 24 ? "string \"\(text.prefix(24))…\"" : "string \"\(text)\""
        case .table(let table):
            table.isEmpty ? "empty table" : (table.fields.isEmpty ? "sequence table of \(table.array.count)" : "table")
        }
    }
}
