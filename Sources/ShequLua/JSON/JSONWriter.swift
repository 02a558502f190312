/// Writes a ``LuaValue`` as JSON, with keys sorted so equal values give equal bytes.
///
/// Mapping from Lua:
/// - a table with only a sequence part becomes an array;
/// - a table with only string keys becomes an object;
/// - an empty table becomes `{}` (Lua cannot tell an empty list from an empty record);
/// - a table mixing a sequence with other keys, or holding integer keys that are not
///   a sequence `1...n`, or boolean or float keys, is an error naming its path;
/// - NaN and infinities are errors, since JSON has no form for them;
/// - floats always carry a `.` or an exponent (`3.0`, `1e+20`) so they read back as
///   floats, with the shortest digits that round-trip;
/// - a `nil` field is left out; `nil` as a whole value is written `null`.
///
/// Strings escape `"`, `\` and control characters; other characters stay UTF-8.
///
/// ```swift
/// let value: LuaValue = ["name": "王五", "scores": [3, 4.5]]
/// try JSONWriter().string(value)                 // {"name":"王五","scores":[3,4.5]}
/// try JSONWriter(style: .pretty).string(value)   // two-space indented
/// ```
public struct JSONWriter: Sendable {
    /// How the output is laid out.
    public enum Style: Sendable, Hashable {
        /// No whitespace at all; one value per line suits JSON Lines.
        case compact
        /// Two-space indentation, one member or element per line.
        case pretty
    }

    /// How the output is laid out.
    public var style: Style
    /// The deepest nesting of tables written; deeper values are an error.
    public var maxDepth: Int

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - style: ``Style/compact`` (default) or ``Style/pretty``.
    ///   - maxDepth: The deepest nesting of tables written (default 64).
    public init(style: Style = .compact, maxDepth: Int = 64) {
        self.style = style
        self.maxDepth = maxDepth
    }

    /// Writes a value as UTF-8 JSON bytes.
    public func bytes(_ value: LuaValue) throws(JSONWriteError) -> [UInt8] {
        var output = JSONOutput(pretty: style == .pretty, maxDepth: maxDepth)
        try output.write(value)
        return output.bytes
    }

    /// Writes a value as JSON text.
    public func string(_ value: LuaValue) throws(JSONWriteError) -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }
}

/// The output buffer and path of one write.
private struct JSONOutput {
    let pretty: Bool
    let maxDepth: Int
    var bytes: [UInt8] = []
    var path: [LuaKey] = []

    init(pretty: Bool, maxDepth: Int) {
        self.pretty = pretty
        self.maxDepth = maxDepth
    }

    mutating func write(_ value: LuaValue) throws(JSONWriteError) {
        switch value {
        case .nil:
            append("null")
        case .boolean(let flag):
            append(flag ? "true" : "false")
        case .integer(let integer):
            append(String(integer))
        case .number(let number):
            try writeFloat(number)
        case .string(let text):
            writeString(text)
        case .table(let table):
            try writeTable(table)
        }
    }

    private mutating func writeFloat(_ number: Double) throws(JSONWriteError) {
        guard number.isFinite else {
            let name = number.isNaN ? "NaN" : "infinity"
            throw failure("\(name) cannot be written as JSON; replace it with null or a string")
        }
        // Swift's description gives the shortest round-trip digits and always
        // includes '.' or an exponent ("3.0", "1e-05", "1e+20").
        append(number.description)
    }

    private mutating func writeTable(_ table: LuaTable) throws(JSONWriteError) {
        guard path.count < maxDepth else {
            throw failure("tables nest deeper than the limit of \(maxDepth) levels")
        }
        if table.fields.isEmpty && !table.array.isEmpty {
            try writeArray(table.array)
            return
        }
        var members: [(String, LuaValue)] = []
        members.reserveCapacity(table.fields.count)
        for (key, value) in table.fields {
            guard case .string(let name) = key else {
                path.append(key)
                defer { path.removeLast() }
                throw failure(table.array.isEmpty
                    ? "\(keyKind(key)) key cannot become a JSON object member; use string keys, or integer keys 1...n for an array"
                    : "table mixes a sequence with other keys; JSON needs either an array or an object")
            }
            members.append((name, value))
        }
        guard table.array.isEmpty else {
            throw failure("table mixes a sequence (1...\(table.array.count)) with string keys; JSON needs either an array or an object")
        }
        members.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        try writeObject(members)
    }

    private mutating func writeArray(_ elements: [LuaValue]) throws(JSONWriteError) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline(depth: path.count + 1)
            path.append(.integer(Int64(index + 1)))
            if case .nil = element {
                throw failure("a sequence cannot hold nil")
            }
            try write(element)
            path.removeLast()
        }
        newline(depth: path.count)
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ members: [(String, LuaValue)]) throws(JSONWriteError) {
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for (name, value) in members {
            if case .nil = value { continue }
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            newline(depth: path.count + 1)
            writeString(name)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
            path.append(.string(name))
            try write(value)
            path.removeLast()
        }
        if !first { newline(depth: path.count) }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0..<0x20:
                append("\\u00")
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 0xF))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func newline(depth: Int) {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    private func keyKind(_ key: LuaKey) -> String {
        switch key {
        case .integer: "an integer"
        case .string: "a string"
        case .boolean: "a boolean"
        case .number: "a float"
        }
    }

    private func failure(_ message: String) -> JSONWriteError {
        JSONWriteError(path: JSONWriteError.render(path), message: message)
    }
}
