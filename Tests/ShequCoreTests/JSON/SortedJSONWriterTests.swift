import Foundation
import Testing
@testable import ShequCore

/// Stores compare stored JSON byte for byte (an identical re-import is recognised that way),
/// so `SortedJSONWriter` must write exactly what `JSONEncoder` with sorted keys wrote.
@Suite("Writing JSON as JSONEncoder with sorted keys did")
struct SortedJSONWriterTests {
    static func foundation(_ value: PlainValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func direct(_ value: PlainValue) throws -> String {
        var writer = SortedJSONWriter()
        try writer.value(value)
        return writer.text
    }

    static let values: [PlainValue] = [
        .null, .bool(true), .bool(false), .integer(0), .integer(-7), .integer(.max), .integer(.min),
        .number(1.0), .number(-0.0), .number(1.5), .number(0.1), .number(1e20), .number(1e16), .number(1e15),
        .number(Double("123456789012345678")!), .number(.leastNonzeroMagnitude), .number(1e-5), .number(0.0001), .number(-2.5e-300),
        .number(.greatestFiniteMagnitude),
        .string(""), .string("网格员张敏"), .string("a/b"), .string("\"quoted\" \\ back"),
        .string("\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}\u{2028}😀e\u{301}"),
        .list([]), .table([:]), .list([.integer(1), .string("x"), .null, .list([.table([:])])]),
        .table(["b": .null, "B": .integer(1), "_": .bool(true), "a_b": .integer(1), "ab": .integer(2), "é": .integer(3),
                "z": .integer(4), "10": .integer(1), "9": .integer(2), "": .string("empty"), "中文": .number(2.5),
                "key \"q\"": .list([.string("\n")])]),
        .table(["facts": .table(["tables": .integer(12), "hours": .number(2.5), "guests": .table(["adults": .integer(80)])])]),
    ]

    @Test("each value is written as JSONEncoder wrote it", arguments: values)
    func writesTheSame(_ value: PlainValue) throws {
        #expect(try Self.direct(value) == Self.foundation(value))
    }

    @Test("random values are written as JSONEncoder wrote them")
    func randomValues() throws {
        var random = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            var text = ""
            RandomJSON.object(depth: 0, into: &text, random: &random)
            let value = try PlainValue(json: Array(text.utf8))
            #expect(try Self.direct(value) == Self.foundation(value))
        }
    }

    @Test("NaN and infinities are refused, as JSONEncoder refuses them")
    func nonConformingNumbers() {
        for number in [Double.nan, .infinity, -.infinity] {
            #expect(throws: SortedJSONWriter.NonConformingNumber.self) { try Self.direct(.list([.number(number)])) }
            #expect(throws: EncodingError.self) { try Self.foundation(.list([.number(number)])) }
        }
    }

    @Test("days are written as their description", arguments: ["2025-04-03", "0001-01-01", "9999-12-31"])
    func days(_ text: String) throws {
        let day = try CivilDate(parsing: text)
        var writer = SortedJSONWriter()
        writer.date(day)
        #expect(writer.text == "\"\(day.description)\"")
        #expect(writer.text == "\"\(text)\"")
    }
}
