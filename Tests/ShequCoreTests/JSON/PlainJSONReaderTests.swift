import Foundation
import Testing
@testable import ShequCore

/// `PlainValue(json:)` replaced `JSONDecoder().decode(PlainValue.self, …)` for event files;
/// every test here holds it to what Foundation reads from the same bytes.
@Suite("Reading JSON into PlainValue as JSONDecoder did")
struct PlainJSONReaderTests {
    static func foundation(_ text: String) -> PlainValue? {
        try? JSONDecoder().decode(PlainValue.self, from: Data(text.utf8))
    }

    static func direct(_ text: String) -> PlainValue? {
        try? PlainValue(json: Array(text.utf8))
    }

    static let readable: [String] = [
        #"{"id":"e-1","facts":{"tables":12,"ceremony":"wedding","guests":{"adults":80,"children":[1,2,3]}}}"#,
        #"{"a":"\"\\\/\b\f\n\r\t"}"#,
        #"{"a":"\u0041\u00e9\u00E9\u4e2d\u6587\u0000\u001f"}"#,
        #"{"emoji":"\ud83d\ude00 \uD83C\uDF89","raw":"😀🎉中文"}"#,
        #"{"key with \"quotes\"":1,"\u0061":2}"#,
        #"{"i":0,"n":-0,"big":9223372036854775807,"min":-9223372036854775808}"#,
        #"{"over":9223372036854775808,"under":-9223372036854775809,"huge":12345678901234567890}"#,
        #"{"f":1.5,"g":-0.25,"h":0.1,"e":1e-7,"E":2.5E+3,"x":1.7976931348623157e308,"tiny":5e-324}"#,
        #"{"whole":1.0,"exp":1e2,"negzero":-0.0,"frac":100e-2,"underflow":1e-400,"close":2.0000000000000001}"#,
        #"{"above53":9007199254740993.0,"trunc":9007199254740993.5,"neg":-9007199254740993.5,"e16":1.5e16,"e19":1e19}"#,
        #"{"a":[],"b":{},"c":[{}],"d":[[[]]],"e":null,"t":true,"f":false}"#,
        #"{"first":1,"first":2}"#,
        #"{"a":1,}"#,
        #"{"a":[1,2,],"b":{"c":3 , } }"#,
        " \t{ \"a\" : [ 1 , 2 ] }\r\t ",
        "{\"a\":\"\u{7F}\u{2028}\"}",
        "[1,2]", "\"text\"", "42", "-3.5", "null", "true",
        String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
    ]

    static let unreadable: [String] = [
        "", "  ", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "{,}", "[,]", "{\"a\":1,,}", "[1,,2]",
        "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":0x10}",
        "{\"a\":1e400}", "{\"a\":-1e400}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":TRUE}", "{\"a\":nul}", "{\"a\":truex}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}",
        "{\"a\":\"\\ud800\\u0041\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"open}", "{} x", "{}{}", "{\"a\":1}}",
        String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
        String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600),
    ]

    @Test("what JSONDecoder read, it reads the same", arguments: readable)
    func readsTheSame(_ text: String) throws {
        let expected = try #require(Self.foundation(text))
        #expect(Self.direct(text) == expected)
    }

    @Test("what JSONDecoder refused, it refuses", arguments: unreadable)
    func refusesTheSame(_ text: String) {
        #expect(Self.foundation(text) == nil)
        #expect(Self.direct(text) == nil)
    }

    @Test("integers and floats are told apart as JSONDecoder told them")
    func integersAndFloats() throws {
        let value = try PlainValue(json: Array(#"{"a":1.0,"b":1.5,"c":1e2,"d":12345678901234567890,"e":-0}"#.utf8))
        #expect(value["a"] == .integer(1))
        #expect(value["b"] == .number(1.5))
        #expect(value["c"] == .integer(100))
        #expect(value["d"] == .number(Double("12345678901234567890")!))
        #expect(value["e"] == .integer(0))
    }

    @Test("bytes that are not UTF-8 are refused, as JSONDecoder refused them", arguments: [
        [0xFF], [0x41, 0xC3], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xA9],
    ] as [[UInt8]])
    func invalidUTF8(_ inside: [UInt8]) throws {
        for bytes in [Array(#"{"a":""#.utf8) + inside + Array(#""}"#.utf8),
                      Array(#"{"a":"\u00e9"#.utf8) + inside + Array(#"\n"}"#.utf8),
                      Array(#"{""#.utf8) + inside + Array(#"":1}"#.utf8)] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(PlainValue.self, from: Data(bytes)) }
            let error = try #require(throws: PlainJSONError.self) { try PlainValue(json: bytes) }
            #expect(error.reason.contains("not valid UTF-8"))
        }
    }

    @Test("well-formed characters of every length read as with JSONDecoder")
    func validUTF8() throws {
        let text = #"{"a":"ÿ߿ࠀ\#u{FFFD}\#u{10000}\#u{10FFFF}中😀","b":"éé"}"#
        #expect(Self.direct(text) == Self.foundation(text))
        #expect(Self.direct(text) != nil)
    }

    @Test("errors give the column, in characters, and the member path")
    func errorsNameColumnAndPath() throws {
        let error = try #require(throws: PlainJSONError.self) {
            try PlainValue(json: Array(#"{"reporter":"网格员","facts":{"tables":[8,09]}}"#.utf8))
        }
        #expect(error.path == ["facts", "tables", "[2]"])
        #expect(error.pathDescription == "facts.tables[2]")
        #expect(error.column == 40)
        #expect(error.description == "column 40 (facts.tables[2]): a number cannot start with 0 followed by more digits")

        let documented = try #require(throws: PlainJSONError.self) { try PlainValue(json: Array(#"{"facts": {"tables": 8,,}}"#.utf8)) }
        #expect(documented.description == "column 24 (facts): expected a member name in quotes, found ','")

        let unclosed = try #require(throws: PlainJSONError.self) { try PlainValue(json: Array(#"{"id":"e-1"#.utf8)) }
        #expect(unclosed.column == 7)
        #expect(unclosed.path == ["id"])
        #expect(unclosed.reason == "the string starting here is not closed with \"")

        let surrogate = try #require(throws: PlainJSONError.self) { try PlainValue(json: Array(#"{"a":"x\ud83d"}"#.utf8)) }
        #expect(surrogate.column == 8)
        #expect(surrogate.reason.contains("surrogate"))

        let missing = try #require(throws: PlainJSONError.self) { try PlainValue(json: Array(#"{"a":1 "b":2}"#.utf8)) }
        #expect(missing.reason == "expected ',' or '}' after the member \"a\", found '\"'")
        #expect(missing.column == 8)
    }

    @Test("random documents read the same as with JSONDecoder")
    func randomDocuments() throws {
        var random = SeededRandom(seed: 20_250_403)
        for _ in 0..<2_000 {
            var text = ""
            RandomJSON.object(depth: 0, into: &text, random: &random)
            let expected = try #require(Self.foundation(text), "JSONDecoder refused \(text)")
            #expect(Self.direct(text) == expected, "\(text)")
        }
    }
}

/// Random JSON text with the shapes event files hold, written in varied ways.
enum RandomJSON {
    static let keys = ["id", "kind", "tables", "hours", "a", "A", "_x", "a_b", "ab", "10", "9", "é", "中文", "", "key \"q\"", "facts"]
    static let strings = ["", "网格员张敏", "a\"b", "back\\slash", "line\nbreak", "tab\tstop", "\u{1}\u{1F}\u{7F}", "😀", "é", "e\u{301}", "/path/", "\u{2028}"]
    static let numbers = [
        "0", "-0", "7", "-12", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "18446744073709551616",
        "1.0", "1.5", "-2.25", "0.1", "3.14159", "1e3", "1E-3", "2.5e+10", "1e22", "1.0e0", "100e-2", "-0.0", "123456789.125",
        "9007199254740992", "9007199254740993", "9007199254740993.0", "4.35", "0.30000000000000004", "5e-324",
    ]

    static func pick<T>(_ options: [T], _ random: inout SeededRandom) -> T {
        options[Int(random.next() % UInt64(options.count))]
    }

    static func space(_ text: inout String, _ random: inout SeededRandom) {
        if random.chance(0.2) { text += pick([" ", "\t", "  ", "\r"], &random) }
    }

    static func string(_ plain: String, into text: inout String, random: inout SeededRandom) {
        text += "\""
        for scalar in plain.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += random.chance(0.5) ? "\\n" : "\\u000a"
            case "\t": text += "\\t"
            case "/": text += random.chance(0.5) ? "\\/" : "/"
            case _ where scalar.value < 0x20:
                text += String(format: "\\u%04x", scalar.value)
            case _ where scalar.value > 0xFFFF && random.chance(0.5):
                let value = scalar.value - 0x10000
                text += String(format: "\\u%04X\\u%04x", 0xD800 + (value >> 10), 0xDC00 + (value & 0x3FF))
            case _ where scalar.value > 0x7F && scalar.value <= 0xFFFF && random.chance(0.3):
                text += String(format: "\\u%04x", scalar.value)
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    static func value(depth: Int, into text: inout String, random: inout SeededRandom) {
        switch random.next() % (depth < 3 ? 8 : 6) {
        case 0: string(pick(strings, &random), into: &text, random: &random)
        case 1, 2: text += pick(numbers, &random)
        case 3: text += pick(["true", "false", "null"], &random)
        case 4: string(pick(keys, &random), into: &text, random: &random)
        case 5: text += pick(["[]", "{}"], &random)
        case 6: object(depth: depth + 1, into: &text, random: &random)
        default:
            text += "["
            let count = Int(random.next() % 4)
            for index in 0..<count {
                if index > 0 { text += "," }
                space(&text, &random)
                value(depth: depth + 1, into: &text, random: &random)
                space(&text, &random)
            }
            text += "]"
        }
    }

    static func object(depth: Int, into text: inout String, random: inout SeededRandom) {
        text += "{"
        let count = Int(random.next() % 6)
        for index in 0..<count {
            if index > 0 { text += "," }
            space(&text, &random)
            string(pick(keys, &random), into: &text, random: &random)
            space(&text, &random)
            text += ":"
            space(&text, &random)
            value(depth: depth, into: &text, random: &random)
        }
        if count > 0 && random.chance(0.05) { text += "," }
        space(&text, &random)
        text += "}"
    }
}
