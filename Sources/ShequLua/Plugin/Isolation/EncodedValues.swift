/// Checks and decodes values in ``LuaValueWriter``'s encoding that came from a plugin
/// worker: untrusted bytes. Every length and count is checked against the bytes left and
/// against the plugin's ``LuaLimits`` (nesting, table entries, string length, UTF-8), so a
/// hostile encoding is a ``LuaError`` and never a crash or an allocation past its size.
struct EncodedValues {
    private let bytes: UnsafeRawBufferPointer
    private let limits: LuaLimits
    private let path: () -> String
    private var position = 0
    private var entries = 0

    /// Decodes the values of an encoding (a u32 count, then the values).
    static func decode(_ encoding: ArraySlice<UInt8>, limits: LuaLimits, path: @escaping () -> String) throws(LuaError) -> [LuaValue] {
        let result: Result<[LuaValue], LuaError> = encoding.withUnsafeBytes { raw in
            var decoder = EncodedValues(bytes: raw, limits: limits, path: path)
            do throws(LuaError) { return .success(try decoder.values(build: true)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Checks an encoding as ``decode(_:limits:path:)`` does, without building the values;
    /// returns how many there are.
    static func validate(_ encoding: ArraySlice<UInt8>, limits: LuaLimits, path: @escaping () -> String) throws(LuaError) -> Int {
        let result: Result<Int, LuaError> = encoding.withUnsafeBytes { raw in
            var decoder = EncodedValues(bytes: raw, limits: limits, path: path)
            do throws(LuaError) { return .success(try decoder.values(build: false).count) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private init(bytes: UnsafeRawBufferPointer, limits: LuaLimits, path: @escaping () -> String) {
        self.bytes = bytes
        self.limits = limits
        self.path = path
    }

    private func malformed(_ problem: String) -> LuaError {
        LuaError(kind: .invalidValue, message: "\(path()) arrived malformed from the plugin's worker process (\(problem))")
    }

    private mutating func values(build: Bool) throws(LuaError) -> [LuaValue] {
        let count = Int(try u32())
        guard count <= bytes.count - position else { throw malformed("\(count) values in \(bytes.count) bytes") }
        var values: [LuaValue] = []
        if build { values.reserveCapacity(count) }
        for _ in 0..<count {
            let value = try value(depth: 0, build: build)
            if build { values.append(value) } else { values.append(.nil) }
        }
        guard position == bytes.count else { throw malformed("\(bytes.count - position) bytes left over") }
        return values
    }

    private mutating func value(depth: Int, build: Bool) throws(LuaError) -> LuaValue {
        switch try byte() {
        case 0: return .nil
        case 1: return .boolean(false)
        case 2: return .boolean(true)
        case 3: return .integer(Int64(bitPattern: try u64()))
        case 4: return .number(Double(bitPattern: try u64()))
        case 5: return .string(try string(build: build))
        case 6:
            guard depth < limits.maxDepth else {
                throw LuaError(kind: .limitExceeded, message: "table at \(path()) nests deeper than the limit of \(limits.maxDepth)")
            }
            let sequence = try u64(), fields = try u64()
            // Each entry takes at least one byte (a field two): no count may promise more.
            let left = UInt64(bytes.count - position)
            guard sequence <= left, fields <= left / 2, sequence + fields * 2 <= left else {
                throw malformed("a table promises more entries than the bytes hold")
            }
            entries += Int(sequence + fields)
            guard entries <= limits.maxTableEntries else {
                throw LuaError(kind: .limitExceeded, message: "value at \(path()) has more than \(limits.maxTableEntries) table entries")
            }
            var array: [LuaValue] = []
            var table: [LuaKey: LuaValue] = [:]
            if build {
                array.reserveCapacity(Int(sequence))
                table.reserveCapacity(Int(fields))
            }
            for _ in 0..<sequence {
                let element = try value(depth: depth + 1, build: build)
                if build { array.append(element) }
            }
            for _ in 0..<fields {
                let key = try key(build: build)
                let element = try value(depth: depth + 1, build: build)
                if build { table[key] = element }
            }
            return build ? .table(LuaTable(array: array, fields: table)) : .nil
        case let tag:
            throw malformed("unknown tag \(tag)")
        }
    }

    private mutating func key(build: Bool) throws(LuaError) -> LuaKey {
        switch try byte() {
        case 1: return .boolean(false)
        case 2: return .boolean(true)
        case 3: return .integer(Int64(bitPattern: try u64()))
        case 4:
            let number = Double(bitPattern: try u64())
            guard !number.isNaN else { throw malformed("a NaN table key") }
            return .number(number)
        case 5: return .string(try string(build: build))
        case let tag:
            throw malformed("a table key with tag \(tag)")
        }
    }

    private mutating func string(build: Bool) throws(LuaError) -> String {
        let length = try u64()
        guard length <= UInt64(bytes.count - position) else { throw malformed("a string longer than the bytes left") }
        guard length <= UInt64(limits.maxStringBytes) else {
            throw LuaError(kind: .limitExceeded, message: "string at \(path()) has \(length) bytes, more than the limit of \(limits.maxStringBytes)")
        }
        let start = position
        position += Int(length)
        let utf8 = UnsafeRawBufferPointer(rebasing: bytes[start..<position]).assumingMemoryBound(to: UInt8.self)
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw LuaError(kind: .invalidValue, message: "string at \(path()) is not valid UTF-8")
        }
        return build ? text : ""
    }

    private mutating func byte() throws(LuaError) -> UInt8 {
        guard position < bytes.count else { throw malformed("ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func u32() throws(LuaError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw malformed("ends early") }
        defer { position += 4 }
        return bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)
    }

    private mutating func u64() throws(LuaError) -> UInt64 {
        guard bytes.count - position >= 8 else { throw malformed("ends early") }
        defer { position += 8 }
        return bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self)
    }
}
