extension PlainValue {
    /// Reads one JSON value from UTF-8 bytes, as Foundation's `JSONDecoder` decodes a
    /// `PlainValue`, without going through `Decodable`: event files (条例第三十条) are read
    /// line by line with it.
    ///
    /// The reading is Foundation's, so a file reads the same as it always did:
    /// - a number without fraction or exponent that fits `Int` is ``integer(_:)``; any other
    ///   number whose value is a whole number (`1.0`, `1e2`, `-0.0`, and below 2^53 after
    ///   rounding to a `Double`) is ``integer(_:)`` too, the rest ``number(_:)``;
    ///   a number beyond `Double`'s range is an error;
    /// - a member repeated in an object keeps its first value;
    /// - a trailing comma before `}` or `]` is allowed;
    /// - bytes that are not UTF-8 and lone surrogate escapes (`\ud800`) are errors;
    /// - objects and arrays nest at most 512 deep.
    ///
    /// ```swift
    /// let value = try PlainValue(json: Array(#"{"tables": 8, "note": "\u559c\u5bb4"}"#.utf8))
    /// value["tables"]   // .integer(8)
    /// value["note"]     // .string("喜宴")
    /// ```
    ///
    /// - Throws: ``PlainJSONError`` with the column and member path of the first problem.
    public init(json bytes: some Collection<UInt8>) throws(PlainJSONError) {
        let read = bytes.withContiguousStorageIfAvailable(PlainJSONReader.document)
            ?? Array(bytes).withUnsafeBufferPointer(PlainJSONReader.document)
        self = try read.get()
    }
}

/// The byte-level reader behind ``PlainValue/init(json:)``.
struct PlainJSONReader {
    /// Foundation's limit: 512 nested arrays or objects read, 513 do not.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    // Reused for strings with escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value of a whole input, or why it is not one.
    static func document(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<PlainValue, PlainJSONError> {
        var reader = PlainJSONReader(bytes)
        return Result { () throws(PlainJSONError) in try reader.document() }
    }

    /// Exactly one value, with optional whitespace around it.
    mutating func document() throws(PlainJSONError) -> PlainValue {
        skipWhitespace()
        let value = try value(depth: 0)
        skipWhitespace()
        guard offset == bytes.count else { throw failure("expected the end after the value, found \(found)") }
        return value
    }

    // MARK: - Values

    private mutating func value(depth: Int) throws(PlainJSONError) -> PlainValue {
        guard offset < bytes.count else { throw failure("expected a value, found the end") }
        switch bytes[offset] {
        case .openBrace: return try object(depth: depth + 1)
        case .openBracket: return try array(depth: depth + 1)
        case .quote: return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default:
            throw failure("expected a value (an object, array, string, number, true, false or null), found \(found)")
        }
    }

    private mutating func object(depth: Int) throws(PlainJSONError) -> PlainValue {
        guard depth <= Self.maximumDepth else { throw failure("objects and arrays nest deeper than \(Self.maximumDepth) levels") }
        offset += 1
        var fields: [String: PlainValue] = [:]
        skipWhitespace()
        if skip(.closeBrace) { return .table(fields) }
        while true {
            guard peek == .quote else { throw failure("expected a member name in quotes, found \(found)") }
            let key = try string()
            skipWhitespace()
            guard skip(.colon) else { throw failure("expected ':' after the member name \"\(key)\", found \(found)").inside(key) }
            skipWhitespace()
            let member: PlainValue
            do { member = try value(depth: depth) } catch { throw error.inside(key) }
            // The first of repeated members stands, as it did with JSONDecoder.
            if let first = fields.updateValue(member, forKey: key) { fields[key] = first }
            skipWhitespace()
            if skip(.closeBrace) { return .table(fields) }
            guard skip(.comma) else { throw failure("expected ',' or '}' after the member \"\(key)\", found \(found)") }
            skipWhitespace()
            // A trailing comma is allowed, as it was with JSONDecoder.
            if skip(.closeBrace) { return .table(fields) }
        }
    }

    private mutating func array(depth: Int) throws(PlainJSONError) -> PlainValue {
        guard depth <= Self.maximumDepth else { throw failure("objects and arrays nest deeper than \(Self.maximumDepth) levels") }
        offset += 1
        var items: [PlainValue] = []
        skipWhitespace()
        if skip(.closeBracket) { return .list(items) }
        while true {
            do { items.append(try value(depth: depth)) } catch { throw error.inside("[\(items.count + 1)]") }
            skipWhitespace()
            if skip(.closeBracket) { return .list(items) }
            guard skip(.comma) else { throw failure("expected ',' or ']' after element \(items.count), found \(found)") }
            skipWhitespace()
            if skip(.closeBracket) { return .list(items) }
        }
    }

    private mutating func literal(_ word: StaticString) throws(PlainJSONError) {
        let count = word.utf8CodeUnitCount
        let matches = offset + count <= bytes.count && (0..<count).allSatisfy { bytes[offset + $0] == word.utf8Start[$0] }
        guard matches else { throw failure("expected a value (\(word) or another), found \(found)") }
        offset += count
    }

    // MARK: - Strings

    private mutating func string() throws(PlainJSONError) -> String {
        let quote = offset
        offset += 1
        let start = offset
        // Most strings have no escape: decode the bytes in place.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == .quote {
                offset += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset - 1]), as: UTF8.self)
            }
            if byte == .backslash || byte < 0x20 { break }
            if byte < 0x80 { offset += 1 } else { try skipMultibyteCharacter() }
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case .quote:
                offset += 1
                return String(decoding: scratch, as: UTF8.self)
            case .backslash:
                try escape()
            case 0..<0x20:
                throw failure("a control character (U+\(hex(UInt32(byte), digits: 4))) must be written escaped inside a string, e.g. \\n or \\t")
            case 0x80...:
                let character = offset
                try skipMultibyteCharacter()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[character..<offset]))
            default:
                scratch.append(byte)
                offset += 1
            }
        }
        offset = quote
        throw failure("the string starting here is not closed with \"")
    }

    /// Moves past one well-formed UTF-8 sequence of two to four bytes (RFC 3629), or throws.
    private mutating func skipMultibyteCharacter() throws(PlainJSONError) {
        let lead = bytes[offset]
        // The range of the second byte depends on the lead: no overlong forms, no surrogates, nothing past U+10FFFF.
        let (length, second): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0x80...0xBF)
        }
        let valid = length > 0 && offset + length <= bytes.count && second.contains(bytes[offset + 1])
            && (2..<length).allSatisfy { (0x80...0xBF).contains(bytes[offset + $0]) }
        guard valid else {
            throw failure("the bytes are not valid UTF-8 (0x\(hex(UInt32(lead), digits: 2)) …): save the file as UTF-8")
        }
        offset += length
    }

    private mutating func escape() throws(PlainJSONError) {
        guard offset + 1 < bytes.count else { throw failure("a string ends in the middle of an escape") }
        let letter = bytes[offset + 1]
        let simple: UInt8? = switch letter {
        case .quote: .quote
        case .backslash: .backslash
        case UInt8(ascii: "/"): UInt8(ascii: "/")
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            scratch.append(simple)
            offset += 2
            return
        }
        guard letter == UInt8(ascii: "u") else {
            throw failure("\\\(Character(Unicode.Scalar(letter))) is not an escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")
        }
        let first = try hexEscape()
        var scalar: Unicode.Scalar?
        switch first {
        case 0xD800...0xDBFF:
            let high = offset - 6
            guard offset + 1 < bytes.count, bytes[offset] == .backslash, bytes[offset + 1] == UInt8(ascii: "u") else {
                offset = high
                throw failure("\\u\(hex(first, digits: 4)) is half of a surrogate pair: follow it with the low half (\\uDC00 to \\uDFFF)")
            }
            let second = try hexEscape()
            guard (0xDC00...0xDFFF).contains(second) else {
                offset = high
                throw failure("\\u\(hex(first, digits: 4)) is half of a surrogate pair: follow it with the low half (\\uDC00 to \\uDFFF)")
            }
            scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        case 0xDC00...0xDFFF:
            offset -= 6
            throw failure("\\u\(hex(first, digits: 4)) is the low half of a surrogate pair without its high half")
        default:
            scalar = Unicode.Scalar(first)
        }
        guard let scalar else { throw failure("not a Unicode character") }
        scratch.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// Reads `\uXXXX` at the offset and moves past it.
    private mutating func hexEscape() throws(PlainJSONError) -> UInt32 {
        var value: UInt32 = 0
        for index in 2..<6 {
            guard offset + index < bytes.count, let digit = Self.hexValue(bytes[offset + index]) else {
                throw failure("\\u must be followed by four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
        }
        offset += 6
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    // MARK: - Numbers

    private mutating func number() throws(PlainJSONError) -> PlainValue {
        let start = offset
        let negative = bytes[offset] == UInt8(ascii: "-")
        if negative { offset += 1 }
        // The grammar of RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        guard offset < bytes.count, bytes[offset].isDigit else { throw failure("expected a digit after '-', found \(found)") }
        // Accumulated negatively so that Int.min fits.
        var integer = 0
        var fits = true
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count, bytes[offset].isDigit {
                offset = start
                throw failure("a number cannot start with 0 followed by more digits")
            }
        } else {
            while offset < bytes.count, bytes[offset].isDigit {
                if fits {
                    let (times10, overflow1) = integer.multipliedReportingOverflow(by: 10)
                    let (next, overflow2) = times10.subtractingReportingOverflow(Int(bytes[offset] - UInt8(ascii: "0")))
                    integer = next
                    fits = !overflow1 && !overflow2
                }
                offset += 1
            }
        }
        var plain = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            plain = false
            offset += 1
            guard offset < bytes.count, bytes[offset].isDigit else { throw failure("expected a digit after '.', found \(found)") }
            while offset < bytes.count, bytes[offset].isDigit { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            plain = false
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count, bytes[offset].isDigit else { throw failure("expected a digit in the exponent, found \(found)") }
            while offset < bytes.count, bytes[offset].isDigit { offset += 1 }
        }
        if plain && fits {
            if negative { return .integer(integer) }
            if integer != .min { return .integer(-integer) }
        }
        let digits = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        guard let double = Double(String(decoding: digits, as: UTF8.self)), double.isFinite else {
            offset = start
            throw failure("the number \(String(decoding: digits, as: UTF8.self)) is too large")
        }
        return Self.wholeNumber(double, digits: digits).map(PlainValue.integer) ?? .number(double)
    }

    /// The integer JSONDecoder read for a number that is not a plain integer, or `nil` when it read a `Double`.
    private static func wholeNumber(_ double: Double, digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let exact = Int(exactly: double) else { return nil }
        // Below 2^53 a whole Double is the number's value.
        if double.magnitude < 0x1p53 { return exact }
        // Above, JSONDecoder went back to the digits (as a Decimal) and dropped any fraction.
        return truncatedInteger(digits)
    }

    /// The integer part of a valid JSON number's digits, or `nil` when it does not fit `Int`.
    private static func truncatedInteger(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let negative = digits[0] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: [UInt8] = []
        var pointPosition: Int?
        while index < digits.count, digits[index] != UInt8(ascii: "e"), digits[index] != UInt8(ascii: "E") {
            if digits[index] == UInt8(ascii: ".") { pointPosition = mantissa.count } else { mantissa.append(digits[index] - UInt8(ascii: "0")) }
            index += 1
        }
        var exponent = 0
        if index < digits.count {
            index += 1
            let exponentNegative = digits[index] == UInt8(ascii: "-")
            if digits[index] == UInt8(ascii: "-") || digits[index] == UInt8(ascii: "+") { index += 1 }
            while index < digits.count {
                exponent = min(exponent * 10 + Int(digits[index] - UInt8(ascii: "0")), 100_000)
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        let integerDigits = (pointPosition ?? mantissa.count) + exponent
        var magnitude: UInt64 = 0
        for position in 0..<max(integerDigits, 0) {
            let digit = position < mantissa.count ? UInt64(mantissa[position]) : 0
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            magnitude = next
        }
        guard let value = Int(exactly: magnitude) else { return nil }
        return negative ? -value : value
    }

    // MARK: - Bytes

    private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    // Steps over `byte` when it comes next; leaves the position for the error message otherwise.
    private mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        offset += 1
        return true
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The character at the offset, as an error message shows it.
    private var found: String {
        guard offset < bytes.count else { return "the end" }
        let rest = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 4, bytes.count)])
        guard let character = String(decoding: rest, as: UTF8.self).first else { return "the end" }
        if character.isWhitespace || character.unicodeScalars.first!.value < 0x20 {
            return "U+" + hex(character.unicodeScalars.first!.value, digits: 4)
        }
        return "'\(character)'"
    }

    private func failure(_ reason: String) -> PlainJSONError {
        let before = UnsafeBufferPointer(rebasing: bytes[0..<min(offset, bytes.count)])
        return PlainJSONError(offset: offset, column: String(decoding: before, as: UTF8.self).count + 1, path: [], reason: reason)
    }

    private func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(digits - text.count, 0)) + text
    }
}

private extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")

    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
