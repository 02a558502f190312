// Serialises values into the byte format that the C side decodes inside a
// protected call (see shq_values.c), so that building Lua tables under the
// memory cap can never raise through a Swift frame.
struct LuaValueEncoder {
    let limits: LuaLimits
    private(set) var bytes: [UInt8] = []
    private var entries = 0

    init(limits: LuaLimits) {
        self.limits = limits
        bytes.reserveCapacity(256)
    }

    /// Encodes a list of values (a call's arguments or a host function's results).
    static func encode(_ values: [LuaValue], limits: LuaLimits, names: (Int) -> String) throws(LuaError) -> [UInt8] {
        var encoder = LuaValueEncoder(limits: limits)
        encoder.appendRaw(UInt32(values.count))
        for (offset, value) in values.enumerated() {
            try encoder.append(value, path: names(offset), depth: 0)
        }
        return encoder.bytes
    }

    private mutating func appendRaw<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ value: LuaValue, path: String, depth: Int) throws(LuaError) {
        switch value {
        case .nil: bytes.append(0)
        case .boolean(let flag): bytes.append(flag ? 2 : 1)
        case .integer(let integer):
            bytes.append(3)
            appendRaw(integer)
        case .number(let number):
            bytes.append(4)
            appendRaw(number.bitPattern)
        case .string(let string):
            let utf8 = string.utf8
            guard utf8.count <= limits.maxStringBytes else {
                throw LuaError(kind: .limitExceeded, message: "string at \(path) has \(utf8.count) bytes, more than the limit of \(limits.maxStringBytes)")
            }
            bytes.append(5)
            appendRaw(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        case .table(let table):
            guard depth < limits.maxDepth else {
                throw LuaError(kind: .limitExceeded, message: "table at \(path) nests deeper than the limit of \(limits.maxDepth)")
            }
            entries += table.count
            guard entries <= limits.maxTableEntries else {
                throw LuaError(kind: .limitExceeded, message: "value at \(path) has more than \(limits.maxTableEntries) table entries")
            }
            bytes.append(6)
            appendRaw(UInt64(table.array.count))
            appendRaw(UInt64(table.fields.count))
            for (offset, element) in table.array.enumerated() {
                try append(element, path: "\(path)[\(offset + 1)]", depth: depth + 1)
            }
            // Sorted so that equal values always encode to equal bytes (stable seeds).
            for key in table.fields.keys.sorted() {
                try append(key.value, path: path, depth: depth + 1)
                try append(table.fields[key]!, path: key.pathComponent(after: path), depth: depth + 1)
            }
        }
    }
}

extension LuaKey {
    /// How this key extends a value path: `ctx.name` or `ctx[3]`.
    func pathComponent(after path: String) -> String {
        switch self {
        case .string(let name): "\(path).\(name)"
        case .integer(let index): "\(path)[\(index)]"
        case .boolean(let flag): "\(path)[\(flag)]"
        case .number(let number): "\(path)[\(number)]"
        }
    }
}
