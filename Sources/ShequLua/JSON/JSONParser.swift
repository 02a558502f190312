/// The byte-level RFC 8259 parser behind ``JSONReader`` and ``JSONLinesReader``.
///
/// Works on raw UTF-8 bytes; line and column are only computed when an error
/// is raised, so the happy path never counts newlines.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private let maxDepth: Int
    private let source: String
    private let firstLine: Int
    // Reused for strings that need unescaping or UTF-8 checks.
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, source: String, firstLine: Int = 1, maxDepth: Int) {
        self.bytes = bytes
        self.source = source
        self.firstLine = firstLine
        self.maxDepth = maxDepth
    }

    /// Parses exactly one JSON value surrounded by optional whitespace.
    mutating func parseDocument() throws(JSONReadError) -> LuaValue {
        // RFC 8259 §8.1 lets parsers ignore a byte order mark; Windows tools write one.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
        }
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if offset < bytes.count {
            throw error("expected end of input after the JSON value, found \(found())")
        }
        return value
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(JSONReadError) -> LuaValue {
        guard offset < bytes.count else {
            throw error("expected a JSON value, found end of input")
        }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .boolean(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .boolean(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw error("expected a JSON value (object, array, string, number, true, false or null), found \(found())")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONReadError) -> LuaValue {
        try checkDepth(depth)
        offset += 1
        // Members are gathered first so the dictionary is allocated once at its final size.
        var members: [(key: LuaKey, value: LuaValue, offset: Int)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return .table(LuaTable())
        }
        var afterComma = false
        while true {
            guard peek() == UInt8(ascii: "\"") else {
                throw error(afterComma
                    ? "expected a string key after ',' in object, found \(found())"
                    : "expected a string key or '}' in object, found \(found())")
            }
            let keyOffset = offset
            let key = LuaKey.string(try parseString())
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("expected ':' after object key, found \(found())")
            }
            offset += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append((key, value, keyOffset))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
                afterComma = true
            case UInt8(ascii: "}"):
                offset += 1
                return .table(LuaTable(fields: try fields(from: members)))
            default:
                throw error("expected ',' or '}' after object member, found \(found())")
            }
        }
    }

    private func fields(from members: [(key: LuaKey, value: LuaValue, offset: Int)]) throws(JSONReadError) -> [LuaKey: LuaValue] {
        var fields = [LuaKey: LuaValue](minimumCapacity: members.count)
        for member in members {
            // A null member means "absent", as a nil field is in Lua.
            if case .nil = member.value { continue }
            if fields.updateValue(member.value, forKey: member.key) != nil {
                let name = member.key.value.stringValue ?? ""
                throw error("duplicate key \"\(name)\" in object", at: member.offset, kind: .duplicateKey)
            }
        }
        return fields
    }

    private mutating func parseArray(depth: Int) throws(JSONReadError) -> LuaValue {
        try checkDepth(depth)
        offset += 1
        var elements: [LuaValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return .table(LuaTable())
        }
        while true {
            let elementOffset = offset
            let value = try parseValue(depth: depth)
            if case .nil = value {
                throw error("null is not allowed inside an array: a Lua sequence cannot hold nil",
                            at: elementOffset, kind: .nullInArray)
            }
            elements.append(value)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                offset += 1
                return .table(LuaTable(array: elements))
            default:
                throw error("expected ',' or ']' after array element, found \(found())")
            }
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONReadError) {
        if depth > maxDepth {
            throw error("objects and arrays nest deeper than the limit of \(maxDepth) levels", kind: .tooDeep)
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONReadError) {
        let start = offset
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            start + count <= bytes.count && (0..<count).allSatisfy { bytes[start + $0] == expected[$0] }
        }
        guard matches else {
            throw error("expected '\(literal)', found \(found())")
        }
        offset += count
    }

    // MARK: - Numbers

    private mutating func parseNumber() throws(JSONReadError) -> LuaValue {
        let start = offset
        let negative = peek() == UInt8(ascii: "-")
        if negative { offset += 1 }
        guard let first = peek(), isDigit(first) else {
            throw error("expected a digit after '-', found \(found())")
        }
        var magnitude: UInt64 = 0
        var overflow = false
        if first == UInt8(ascii: "0") {
            offset += 1
            if let next = peek(), isDigit(next) {
                throw error("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            while let digit = peek(), isDigit(digit) {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit &- UInt8(ascii: "0")))
                overflow = overflow || o1 || o2
                magnitude = sum
                offset += 1
            }
        }
        var isInteger = true
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard let digit = peek(), isDigit(digit) else {
                throw error("expected a digit after '.' in number, found \(found())")
            }
            while let digit = peek(), isDigit(digit) { offset += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            guard let digit = peek(), isDigit(digit) else {
                throw error("expected a digit in the exponent of number, found \(found())")
            }
            while let digit = peek(), isDigit(digit) { offset += 1 }
        }
        if isInteger && !overflow {
            if !negative, magnitude <= UInt64(Int64.max) {
                return .integer(Int64(magnitude))
            }
            if negative, magnitude <= UInt64(Int64.max) + 1 {
                return .integer(Int64(truncatingIfNeeded: 0 &- magnitude))
            }
        }
        // Integers beyond Int64 become floats, as Lua itself reads them.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw error("number \(text) is too large to be held as a float", at: start, kind: .numberOutOfRange)
        }
        return .number(number)
    }

    // MARK: - Strings

    private mutating func parseString() throws(JSONReadError) -> String {
        offset += 1
        let start = offset
        // Fast path: plain ASCII without escapes needs neither copying nor checks.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            offset += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0..<0x20:
                throw error("control character U+\(hex4(UInt32(byte))) must be escaped inside a string (or the closing '\"' is missing)")
            case 0x80...:
                guard let length = validUTF8Length(at: offset) else {
                    throw error("invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)) in string", kind: .invalidUTF8)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]))
                offset += length
            default:
                scratch.append(byte)
                offset += 1
            }
        }
        throw error("expected '\"' to close the string, found end of input")
    }

    private mutating func parseEscape() throws(JSONReadError) {
        let escapeOffset = offset
        offset += 1
        guard let letter = peek() else {
            throw error("expected an escape character after '\\', found end of input")
        }
        offset += 1
        switch letter {
        case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4()
            var scalar = unit
            switch unit {
            case 0xD800..<0xDC00:
                guard peek() == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw error("expected a low surrogate escape \\uDC00-\\uDFFF after high surrogate \\u\(hex4(unit))",
                                kind: .invalidUTF8)
                }
                offset += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error("expected a low surrogate \\uDC00-\\uDFFF after high surrogate \\u\(hex4(unit)), found \\u\(hex4(low))",
                                at: offset - 6, kind: .invalidUTF8)
                }
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            case 0xDC00..<0xE000:
                throw error("unpaired low surrogate \\u\(hex4(unit)) in string", at: escapeOffset, kind: .invalidUTF8)
            default:
                break
            }
            appendUTF8(scalar)
        default:
            throw error("invalid escape '\\\(describe(letter))' in string; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                        at: escapeOffset)
        }
    }

    private mutating func parseHex4() throws(JSONReadError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else {
                throw error("expected 4 hex digits after '\\u', found end of input")
            }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected 4 hex digits after '\\u', found \(found())")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence at `index` (Unicode Table 3-7), or nil.
    private func validUTF8Length(at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for next in index + 2 ..< index + length where !(0x80...0xBF).contains(bytes[next]) {
            return nil
        }
        return length
    }

    // MARK: - Helpers

    private func peek() -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): offset += 1
            default: return
            }
        }
    }

    private func found() -> String {
        guard let byte = peek() else { return "end of input" }
        if byte >= 0x80, let length = validUTF8Length(at: offset) {
            return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self) + "'"
        }
        return describe(byte)
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x21...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        case UInt8(ascii: "\n"): "a line break"
        case UInt8(ascii: " "): "a space"
        default: "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func error(_ message: String, at position: Int? = nil, kind: JSONReadError.Kind = .syntax) -> JSONReadError {
        let position = min(position ?? offset, bytes.count)
        var line = firstLine
        var column = 1
        for index in 0..<position {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                column += 1
            }
        }
        return JSONReadError(kind: kind, source: source, line: line, column: column, message: message)
    }
}
