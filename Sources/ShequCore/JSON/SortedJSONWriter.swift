/// Writes JSON bytes exactly as Foundation's `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes` — the form stores keep domain values in — without `Encodable`.
///
/// Keys sort by their UTF-8 bytes; strings escape `"`, `\` and control characters
/// (`\b \f \n \r \t`, others as `\u00XX`) and keep every other character as UTF-8; a
/// `Double` is written as its `description` without a trailing `.0` (`1`, `2.5`, `1e+20`).
/// A store writing an object member by member writes the members in sorted order itself.
///
/// ```swift
/// var writer = SortedJSONWriter()
/// try writer.value(.table(["tables": .integer(8), "note": .string("喜宴")]))
/// String(decoding: writer.bytes, as: UTF8.self)   // {"note":"喜宴","tables":8}
/// ```
package struct SortedJSONWriter {
    /// A number JSON cannot hold (NaN or an infinity); `JSONEncoder` refuses it too.
    package struct NonConformingNumber: Error {}

    /// What has been written.
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The bytes as text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends bytes that need no escaping: punctuation and member names written by hand.
    package mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a quoted, escaped string.
    package mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                mark = index + 1
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0x0F))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `prefix` (punctuation and a member name) and the string.
    package mutating func member(_ prefix: StaticString, _ value: String) {
        raw(prefix)
        string(value)
    }

    /// Appends `prefix` (punctuation and a member name) and the string, or nothing when it is `nil`:
    /// an optional member, which `JSONEncoder` leaves out when absent.
    package mutating func member(_ prefix: StaticString, _ value: String?) {
        guard let value else { return }
        member(prefix, value)
    }

    /// Appends a list, each element written by `element`.
    package mutating func list<Element, Failure: Error>(
        _ items: some Sequence<Element>, _ element: (inout SortedJSONWriter, Element) throws(Failure) -> Void
    ) throws(Failure) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            try element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends a list of strings.
    package mutating func strings(_ items: some Sequence<String>) {
        list(items) { writer, item in writer.string(item) }
    }

    /// Appends an integer.
    package mutating func integer(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Appends a floating-point number.
    ///
    /// - Throws: ``NonConformingNumber`` for NaN and infinities.
    package mutating func number(_ value: Double) throws(NonConformingNumber) {
        guard value.isFinite else { throw NonConformingNumber() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a day as its ``CivilDate/description``, `"YYYY-MM-DD"`.
    package mutating func date(_ date: CivilDate) {
        // A CivilDate's year is 1...9999, so four digits always suffice.
        bytes.append(UInt8(ascii: "\""))
        appendDigits(date.year, count: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(date.month, count: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(date.day, count: 2)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendDigits(_ value: Int, count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends a boolean.
    package mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }

    /// Appends a plain value, tables with their keys sorted.
    ///
    /// - Throws: ``NonConformingNumber`` for NaN and infinities anywhere inside.
    package mutating func value(_ value: PlainValue) throws(NonConformingNumber) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): bool(flag)
        case .integer(let integer): self.integer(integer)
        case .number(let number): try self.number(number)
        case .string(let text): string(text)
        case .list(let items):
            try list(items) { (writer, item) throws(NonConformingNumber) in try writer.value(item) }
        case .table(let fields):
            try table(fields)
        }
    }

    /// Appends an object with its keys sorted by their UTF-8 bytes.
    ///
    /// - Throws: ``NonConformingNumber`` for NaN and infinities anywhere inside.
    package mutating func table(_ fields: [String: PlainValue]) throws(NonConformingNumber) {
        bytes.append(UInt8(ascii: "{"))
        let sorted = fields.count < 2 ? Array(fields) : fields.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (index, member) in sorted.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(member.key)
            bytes.append(UInt8(ascii: ":"))
            try value(member.value)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
