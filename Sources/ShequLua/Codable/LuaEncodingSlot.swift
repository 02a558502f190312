/// A place in the value being encoded, filled in while containers are still open.
///
/// Containers hand out nested containers and super encoders before their values
/// exist, so the tree is built from references and turned into ``LuaValue`` at the end.
enum LuaEncodingSlot {
    case value(LuaValue)
    case table(LuaTableBuilder)
    case encoder(LuaValueEncoder)

    func resolve() throws -> LuaValue {
        switch self {
        case .value(let value): value
        case .table(let builder): try builder.resolve()
        case .encoder(let encoder): try encoder.root?.resolve() ?? .table(LuaTable())
        }
    }
}

/// A table under construction by keyed or unkeyed containers.
final class LuaTableBuilder {
    let codingPath: [any CodingKey]
    var sequence: [LuaEncodingSlot] = []
    var fields: [LuaKey: LuaEncodingSlot] = [:]

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    func resolve() throws -> LuaValue {
        var table = LuaTable()
        table.array.reserveCapacity(sequence.count)
        for (index, slot) in sequence.enumerated() {
            let value = try slot.resolve()
            guard value != .nil else {
                let path = codingPath + [LuaCodingKey(index: index)]
                throw EncodingError.invalidValue(value, EncodingError.Context(
                    codingPath: path,
                    debugDescription: "at \(path.dottedPath): a Lua sequence cannot hold nil; drop the nil or use a keyed table"))
            }
            table.array.append(value)
        }
        for (key, slot) in fields {
            let value = try slot.resolve()
            // A nil field is simply absent in Lua; the subscript also keeps 1...n in the sequence part.
            if value != .nil { table[key] = value }
        }
        return .table(table)
    }
}
