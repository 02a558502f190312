/// Writes values straight into the bytes that carry a call's arguments into a sandboxed
/// Lua state, so a typed input (an event, a subject's facts) crosses without first becoming
/// a ``LuaValue``.
///
/// Values written at the top level are the call's arguments. A table is opened with
/// ``beginTable()``, given its sequence elements first and then ``key(_:)``–value pairs,
/// and closed with ``endTable()``. The writer checks the sandbox's ``LuaLimits`` as it goes
/// and keeps an order-independent hash of what it wrote, from which a hook call's default
/// `math.random` seed is derived: a table written field by field and the same table written
/// whole as a ``LuaValue`` give the same hash, so both routes give the same seed.
///
/// ```swift
/// struct Subject: PluginCallArguments {
///     var age: Int
///     func writeInput(to writer: inout LuaValueWriter) throws(LuaError) {
///         try writer.beginTable()
///         try writer.key("age")
///         try writer.write(age)
///         try writer.endTable()
///     }
///     func writeContext(to writer: inout LuaValueWriter) throws(LuaError) {
///         try writer.beginTable()
///         try writer.endTable()
///     }
/// }
/// ```
///
/// The bytes are decoded inside a protected call on the Lua side (`shq_values.c`), so
/// building tables under the memory cap can never raise through a Swift frame.
public struct LuaValueWriter {
    /// The limits checked while writing (string length, nesting, table entries).
    public let limits: LuaLimits
    /// A u32 count of top-level values, then the values.
    private(set) var bytes: [UInt8] = []
    /// The order-independent hash of the first `hashing` top-level values.
    private(set) var hash: UInt64 = Self.hashSeed
    private var count: UInt32 = 0
    private var hashing = Int.max
    private var frames: [Frame] = []
    private var entries = 0
    private var names: (Int) -> String = { "value #\($0 + 1)" }

    private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    // A table being written: where its counts go, what it holds so far, and the key whose value comes next.
    private struct Frame {
        var header: Int
        var sequence: UInt64 = 0
        var fields: UInt64 = 0
        var sequenceHash: UInt64 = 6
        var fieldsHash: UInt64 = 0
        var pendingKey: LuaKey?
        var pendingKeyHash: UInt64 = 0
        var inFields = false
    }

    init(limits: LuaLimits) {
        self.limits = limits
        bytes.reserveCapacity(256)
        bytes.append(contentsOf: [0, 0, 0, 0])
    }

    /// Encodes a list of values (a call's arguments or a host function's results).
    static func encode(_ values: [LuaValue], limits: LuaLimits, names: @escaping (Int) -> String) throws(LuaError) -> [UInt8] {
        var writer = LuaValueWriter(limits: limits)
        try writer.replace(with: values, names: names)
        return writer.bytes
    }

    /// Forgets what was written, keeping the buffer's capacity. Only the first `hashing`
    /// top-level values enter ``hash`` (a hook's seed depends on its input, not its context);
    /// `names` names each top-level value in an error.
    mutating func reset(hashing: Int = .max, names: @escaping (Int) -> String) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: [0, 0, 0, 0])
        hash = Self.hashSeed
        count = 0
        self.hashing = hashing
        frames.removeAll(keepingCapacity: true)
        entries = 0
        self.names = names
    }

    /// Writes `values` in place of what the writer held.
    mutating func replace(with values: [LuaValue], hashing: Int = .max, names: @escaping (Int) -> String) throws(LuaError) {
        reset(hashing: hashing, names: names)
        for value in values { try write(value) }
    }

    // MARK: - Values

    /// Writes Lua `nil`.
    public mutating func writeNil() throws(LuaError) {
        try countEntry()
        bytes.append(0)
        finish(0x9e37_79b9)
    }

    /// Writes a boolean.
    public mutating func write(_ flag: Bool) throws(LuaError) {
        try countEntry()
        bytes.append(flag ? 2 : 1)
        finish(flag ? 0x2545_f491 : 0x4f1b_bcdc)
    }

    /// Writes an integer.
    public mutating func write(_ integer: Int64) throws(LuaError) {
        try countEntry()
        bytes.append(3)
        appendRaw(integer)
        finish(Self.mix(3, UInt64(bitPattern: integer)))
    }

    /// Writes an integer.
    public mutating func write(_ integer: Int) throws(LuaError) {
        try write(Int64(integer))
    }

    /// Writes a float.
    public mutating func write(_ number: Double) throws(LuaError) {
        try countEntry()
        bytes.append(4)
        appendRaw(number.bitPattern)
        finish(Self.mix(4, number.bitPattern))
    }

    /// Writes a string.
    ///
    /// - Throws: ``LuaError`` of kind `.limitExceeded` when it is longer than ``LuaLimits/maxStringBytes``.
    public mutating func write(_ string: String) throws(LuaError) {
        try countEntry()
        finish(try appendString(string))
    }

    /// Writes any value, tables included.
    public mutating func write(_ value: LuaValue) throws(LuaError) {
        switch value {
        case .nil: try writeNil()
        case .boolean(let flag): try write(flag)
        case .integer(let integer): try write(integer)
        case .number(let number): try write(number)
        case .string(let string): try write(string)
        case .table(let table):
            try beginTable()
            for element in table.array { try write(element) }
            for (key, element) in table.fields {
                try self.key(key)
                try write(element)
            }
            try endTable()
        }
    }

    // MARK: - Tables

    /// Opens a table: the values written next are its sequence elements, until ``key(_:)``.
    ///
    /// - Throws: ``LuaError`` of kind `.limitExceeded` when tables nest deeper than ``LuaLimits/maxDepth``.
    public mutating func beginTable() throws(LuaError) {
        guard frames.count < limits.maxDepth else {
            throw LuaError(kind: .limitExceeded, message: "table at \(path()) nests deeper than the limit of \(limits.maxDepth)")
        }
        try countEntry()
        bytes.append(6)
        frames.append(Frame(header: bytes.count))
        appendRaw(UInt64(0))
        appendRaw(UInt64(0))
    }

    /// Names the field whose value is written next; from here on the open table takes fields only.
    public mutating func key(_ name: String) throws(LuaError) {
        try key(.string(name))
    }

    /// Names the field whose value is written next, with any key type.
    public mutating func key(_ key: LuaKey) throws(LuaError) {
        precondition(!frames.isEmpty && frames[frames.count - 1].pendingKey == nil,
                     "LuaValueWriter.key(_:) needs an open table whose previous key has its value")
        frames[frames.count - 1].inFields = true
        let keyHash: UInt64
        switch key {
        case .string(let name):
            keyHash = try appendString(name)
        case .integer(let integer):
            bytes.append(3)
            appendRaw(integer)
            keyHash = Self.mix(3, UInt64(bitPattern: integer))
        case .number(let number):
            bytes.append(4)
            appendRaw(number.bitPattern)
            keyHash = Self.mix(4, number.bitPattern)
        case .boolean(let flag):
            bytes.append(flag ? 2 : 1)
            keyHash = flag ? 0x2545_f491 : 0x4f1b_bcdc
        }
        frames[frames.count - 1].pendingKey = key
        frames[frames.count - 1].pendingKeyHash = keyHash
    }

    /// Closes the table opened last.
    public mutating func endTable() throws(LuaError) {
        precondition(!frames.isEmpty && frames[frames.count - 1].pendingKey == nil,
                     "LuaValueWriter.endTable() needs an open table whose last key has its value")
        let frame = frames.removeLast()
        bytes.withUnsafeMutableBytes { buffer in
            buffer.storeBytes(of: frame.sequence, toByteOffset: frame.header, as: UInt64.self)
            buffer.storeBytes(of: frame.fields, toByteOffset: frame.header + 8, as: UInt64.self)
        }
        finish(Self.mix(frame.sequenceHash, frame.fieldsHash))
    }

    // MARK: - Plumbing

    static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var x = (hash ^ value) &* 0x100_0000_01b3
        x ^= x >> 29
        return x &* 0xbf58_476d_1ce4_e5b9
    }

    private mutating func appendRaw<T: FixedWidthInteger>(_ value: T) {
        // Byte by byte: for eight bytes, append(contentsOf:) of a raw buffer costs more than the bytes.
        withUnsafeBytes(of: value) { raw in
            for byte in raw { bytes.append(byte) }
        }
    }

    // Appends a string and returns its hash.
    private mutating func appendString(_ string: String) throws(LuaError) -> UInt64 {
        let length = string.utf8.count
        guard length <= limits.maxStringBytes else {
            throw LuaError(kind: .limitExceeded, message: "string at \(path()) has \(length) bytes, more than the limit of \(limits.maxStringBytes)")
        }
        bytes.append(5)
        appendRaw(UInt64(length))
        // Native strings are contiguous UTF-8: copy and hash straight from their storage.
        if let hash = string.utf8.withContiguousStorageIfAvailable({ appendHashing($0) }) { return hash }
        return Array(string.utf8).withUnsafeBufferPointer { appendHashing($0) }
    }

    private mutating func appendHashing(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.append(contentsOf: utf8)
        var hash: UInt64 = 5
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    // A value is complete: it joins the open table, or is the next argument.
    private mutating func finish(_ valueHash: UInt64) {
        guard !frames.isEmpty else {
            if Int(count) < hashing { hash = Self.mix(hash, valueHash) }
            count += 1
            bytes.withUnsafeMutableBytes { $0.storeBytes(of: count, toByteOffset: 0, as: UInt32.self) }
            return
        }
        let top = frames.count - 1
        if frames[top].inFields {
            precondition(frames[top].pendingKey != nil, "LuaValueWriter: a table's fields each need key(_:) before their value")
            // Fields combine by addition, so their order does not change the hash.
            frames[top].fieldsHash &+= Self.mix(frames[top].pendingKeyHash, valueHash)
            frames[top].fields += 1
            frames[top].pendingKey = nil
        } else {
            frames[top].sequenceHash = Self.mix(frames[top].sequenceHash, valueHash)
            frames[top].sequence += 1
        }
    }

    // Each element and field counts against maxTableEntries, over all the values written.
    private mutating func countEntry() throws(LuaError) {
        guard !frames.isEmpty else { return }
        entries += 1
        guard entries <= limits.maxTableEntries else {
            throw LuaError(kind: .limitExceeded, message: "value at \(path()) has more than \(limits.maxTableEntries) table entries")
        }
    }

    // Where the next value goes, for errors: `input.subject.id`, `ctx[3]`.
    private func path() -> String {
        var path = names(Int(count))
        for frame in frames {
            if let key = frame.pendingKey {
                path = key.pathComponent(after: path)
            } else if !frame.inFields {
                path += "[\(frame.sequence + 1)]"
            }
        }
        return path
    }
}

extension LuaKey {
    /// How this key extends a value path: `ctx.name`, `ctx[3]`, or `ctx["any text"]` for a
    /// key that is not a short identifier (quoted, cut and escaped: keys are plugin text).
    func pathComponent(after path: String) -> String {
        switch self {
        case .string(let name) where Self.isShortIdentifier(name): "\(path).\(name)"
        case .string(let name): "\(path)[\(PluginText.quoted(name, maxBytes: 64))]"
        case .integer(let index): "\(path)[\(index)]"
        case .boolean(let flag): "\(path)[\(flag)]"
        case .number(let number): "\(path)[\(number)]"
        }
    }

    private static func isShortIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 64, !(0x30...0x39).contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                ? scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
                : !PluginText.needsEscape(scalar, keepingLineBreaks: false)
        }
    }
}
