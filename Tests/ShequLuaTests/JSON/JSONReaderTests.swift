import Testing
import ShequLua

@Suite("JSON reader: value kinds, numbers, strings")
struct JSONReaderTests {
    private let reader = JSONReader()

    @Test func everyValueKind() throws {
        let value = try reader.read(#" {"s": "文本", "i": -42, "f": 2.5, "t": true, "no": false, "a": [1, [2], {}], "o": {"k": []}} "#)
        let expected: LuaValue = [
            "s": "文本", "i": -42, "f": 2.5, "t": true, "no": false,
            "a": [1, [2], .table(LuaTable())], "o": ["k": .table(LuaTable())],
        ]
        #expect(value == expected)
        #expect(try reader.read("null") == .nil)
        #expect(try reader.read("\"x\"") == .string("x"))
        #expect(try reader.read("[]") == .table(LuaTable()))
    }

    @Test(arguments: [
        ("0", LuaValue.integer(0)), ("-0", .integer(0)), ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)), ("3.0", .number(3.0)), ("3e0", .number(3.0)),
        ("1E2", .number(100.0)), ("-0.5e-3", .number(-0.0005)), ("9223372036854775808", .number(9_223_372_036_854_775_808.0)),
        ("-9223372036854775809", .number(-9_223_372_036_854_775_809.0)), ("123456789012345678901234567890", .number(1.2345678901234568e29)),
        ("0.1", .number(0.1)), ("5e-324", .number(.leastNonzeroMagnitude)),
    ])
    func numbersKeepIntegerAndFloatApart(text: String, expected: LuaValue) throws {
        #expect(try reader.read(text) == expected)
    }

    @Test func nullMemberIsAbsentKey() throws {
        let table = try #require(try reader.read(#"{"a": null, "b": 1}"#).tableValue)
        #expect(table.count == 1)
        #expect(table["a"] == nil)
    }

    @Test func objectKeysStayStrings() throws {
        let table = try #require(try reader.read(#"{"1": "x"}"#).tableValue)
        #expect(table.array.isEmpty)
        #expect(table["1"] == .string("x"))
    }

    @Test func escapes() throws {
        let value = try reader.read(#""q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u4E2D \u0000""#)
        #expect(value == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t Aé中 \u{0}"))
    }

    @Test func surrogatePairs() throws {
        #expect(try reader.read(#""\uD83D\uDE00 \ud842\udfb7""#) == .string("😀 𠮷"))
    }

    @Test func rawUTF8IsKept() throws {
        #expect(try reader.read("\"信阳 😀 é\"") == .string("信阳 😀 é"))
        #expect(try reader.read(Array("[\"社区\"]".utf8)) == ["社区"])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        #expect(try reader.read([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try reader.read(ok) }
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let error = try #require(throws: JSONReadError.self) { try reader.read(deep) }
        #expect(error.kind == .tooDeep)
        #expect(error.column == 65)
        let shallow = JSONReader(maxDepth: 2)
        #expect(throws: JSONReadError.self) { try shallow.read(#"{"a": {"b": {}}}"#) }
        #expect(try shallow.read(#"{"a": {"b": 1}}"#) == ["a": ["b": 1]])
    }

    @Test func largeDocumentOfManyEvents() throws {
        var text = "["
        for index in 0..<5000 {
            if index > 0 { text += "," }
            text += #"{"id":\#(index),"kind":"走访","score":\#(Double(index) / 4)}"#
        }
        text += "]"
        let value = try reader.read(text)
        let events = try #require(value.tableValue?.array)
        #expect(events.count == 5000)
        #expect(events[4999].tableValue?["id"] == .integer(4999))
        #expect(events[2].tableValue?["score"] == .number(0.5))
    }
}
