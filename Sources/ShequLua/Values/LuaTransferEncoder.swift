// Serialises values into the byte format that the C side decodes inside a
// protected call (see shq_values.c), so that building Lua tables under the
// memory cap can never raise through a Swift frame. While encoding it also
// computes a hash that does not depend on dictionary order, from which stable
// random seeds are derived.
struct LuaTransferEncoder {
    let limits: LuaLimits
    private(set) var bytes: [UInt8] = []
    /// An order-independent hash of the values encoded so far.
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var entries = 0

    init(limits: LuaLimits) {
        self.limits = limits
        bytes.reserveCapacity(128)
    }

    /// Encodes a list of values (a call's arguments or a host function's results).
    static func encode(_ values: [LuaValue], limits: LuaLimits, names: (Int) -> String) throws(LuaError) -> [UInt8] {
        try encoder(for: values, limits: limits, names: names).bytes
    }

    /// An encoder holding `values`, for callers that also want ``hash``.
    static func encoder(for values: [LuaValue], limits: LuaLimits, names: (Int) -> String) throws(LuaError) -> LuaTransferEncoder {
        var encoder = LuaTransferEncoder(limits: limits)
        try encoder.replace(with: values, names: names)
        return encoder
    }

    /// Encodes `values` in place of what the encoder held, keeping its buffer's capacity.
    /// Only the first `hashing` values enter ``hash`` (a hook's seed depends on its input, not its context).
    mutating func replace(with values: [LuaValue], hashing: Int = .max, names: (Int) -> String) throws(LuaError) {
        bytes.removeAll(keepingCapacity: true)
        hash = 0xcbf2_9ce4_8422_2325
        entries = 0
        appendRaw(UInt32(values.count))
        for (offset, value) in values.enumerated() {
            let valueHash = try append(value, depth: 0, path: { names(offset) })
            if offset < hashing { hash = Self.mix(hash, valueHash) }
        }
    }

    private mutating func appendRaw<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var x = (hash ^ value) &* 0x100_0000_01b3
        x ^= x >> 29
        return x &* 0xbf58_476d_1ce4_e5b9
    }

    // Returns the value's hash. `path` is only evaluated to name a value in an error.
    private mutating func append(_ value: LuaValue, depth: Int, path: () -> String) throws(LuaError) -> UInt64 {
        switch value {
        case .nil:
            bytes.append(0)
            return 0x9e37_79b9
        case .boolean(let flag):
            bytes.append(flag ? 2 : 1)
            return flag ? 0x2545_f491 : 0x4f1b_bcdc
        case .integer(let integer):
            bytes.append(3)
            appendRaw(integer)
            return Self.mix(3, UInt64(bitPattern: integer))
        case .number(let number):
            bytes.append(4)
            appendRaw(number.bitPattern)
            return Self.mix(4, number.bitPattern)
        case .string(let string):
            let utf8 = string.utf8
            guard utf8.count <= limits.maxStringBytes else {
                throw LuaError(kind: .limitExceeded, message: "string at \(path()) has \(utf8.count) bytes, more than the limit of \(limits.maxStringBytes)")
            }
            bytes.append(5)
            appendRaw(UInt64(utf8.count))
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            var hash: UInt64 = 5
            for byte in bytes[start...] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        case .table(let table):
            guard depth < limits.maxDepth else {
                throw LuaError(kind: .limitExceeded, message: "table at \(path()) nests deeper than the limit of \(limits.maxDepth)")
            }
            entries += table.count
            guard entries <= limits.maxTableEntries else {
                throw LuaError(kind: .limitExceeded, message: "value at \(path()) has more than \(limits.maxTableEntries) table entries")
            }
            bytes.append(6)
            appendRaw(UInt64(table.array.count))
            appendRaw(UInt64(table.fields.count))
            var sequenceHash: UInt64 = 6
            for (offset, element) in table.array.enumerated() {
                let elementHash = try append(element, depth: depth + 1, path: { "\(path())[\(offset + 1)]" })
                sequenceHash = Self.mix(sequenceHash, elementHash)
            }
            // Fields combine by addition, so dictionary order does not change the hash.
            var fieldsHash: UInt64 = 0
            for (key, element) in table.fields {
                let keyHash = try append(key.value, depth: depth + 1, path: path)
                let elementHash = try append(element, depth: depth + 1, path: { key.pathComponent(after: path()) })
                fieldsHash &+= Self.mix(keyHash, elementHash)
            }
            return Self.mix(sequenceHash, fieldsHash)
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
