import Testing
import ShequLua

@Suite("JSON reader errors: position and reason")
struct JSONReaderErrorTests {
    private func failure(_ text: String, source: String = "-") throws -> JSONReadError {
        try #require(throws: JSONReadError.self) { try JSONReader().read(text, source: source) }
    }

    @Test(arguments: [
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after object member, found '\"'"),
        ("[1, 2,]", 1, 7, "expected a JSON value (object, array, string, number, true, false or null), found ']'"),
        ("{\"a\": 1,}", 1, 9, "expected a string key after ',' in object, found '}'"),
        ("{a: 1}", 1, 2, "expected a string key or '}' in object, found 'a'"),
        ("{\"a\" 1}", 1, 6, "expected ':' after object key, found '1'"),
        ("[1\n, 2\n, tru]", 3, 3, "expected 'true', found 't'"),
        ("\"abc", 1, 5, "expected '\"' to close the string, found end of input"),
        ("01", 1, 1, "leading zeros are not allowed in numbers"),
        ("-", 1, 2, "expected a digit after '-', found end of input"),
        ("1.", 1, 3, "expected a digit after '.' in number, found end of input"),
        ("1e+", 1, 4, "expected a digit in the exponent of number, found end of input"),
        ("[1] [2]", 1, 5, "expected end of input after the JSON value, found '['"),
        ("", 1, 1, "expected a JSON value, found end of input"),
        ("\"a\\x\"", 1, 3, "invalid escape '\\'x'' in string; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
        ("\"\\u12G4\"", 1, 6, "expected 4 hex digits after '\\u', found 'G'"),
        ("{\n  \"名字\": \"王\"\n  \"年龄\": 3}", 3, 3, "expected ',' or '}' after object member, found '\"'"),
        ("[\"tab\there\"]", 1, 6, "control character U+0009 must be escaped inside a string (or the closing '\"' is missing)"),
        ("NaN", 1, 1, "expected a JSON value (object, array, string, number, true, false or null), found 'N'"),
        ("[1 2]", 1, 4, "expected ',' or ']' after array element, found '2'"),
    ])
    func malformedInputPointsAtTheProblem(text: String, line: Int, column: Int, message: String) throws {
        let error = try failure(text)
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
        #expect(error.kind == .syntax)
    }

    @Test func descriptionNamesSourceLineAndColumn() throws {
        let error = try failure("{\n\"a\": 1 \"b\"}", source: "events.json")
        #expect(error.description == "events.json:2:8: expected ',' or '}' after object member, found '\"'")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // Each Chinese character is 3 bytes but 1 column.
        let error = try failure("[\"信阳市\" x]")
        #expect(error.column == 8)
    }

    @Test func nullInsideArrayIsRejectedWithPosition() throws {
        let error = try failure("[1, null, 3]")
        #expect(error.kind == .nullInArray)
        #expect(error.line == 1 && error.column == 5)
        #expect(error.message.contains("a Lua sequence cannot hold nil"))
    }

    @Test func duplicateKeysAreRejected() throws {
        let error = try failure(#"{"a": 1, "a": 2}"#)
        #expect(error.kind == .duplicateKey)
        #expect(error.column == 10)
    }

    @Test func hugeNumbersAreRejected() throws {
        let error = try failure("[1e400]")
        #expect(error.kind == .numberOutOfRange)
        #expect(error.column == 2)
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22],                 // never valid in UTF-8
        [0x22, 0xC3, 0x22],                 // truncated two-byte sequence
        [0x22, 0xC0, 0xAF, 0x22],           // overlong encoding of '/'
        [0x22, 0xE0, 0x80, 0xAF, 0x22],     // overlong three-byte
        [0x22, 0xED, 0xA0, 0x80, 0x22],     // encoded surrogate U+D800
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], // above U+10FFFF
        [0x22, 0x41, 0x80, 0x22],           // lone continuation byte
    ] as [[UInt8]])
    func invalidUTF8IsRejected(bytes: [UInt8]) throws {
        let error = try #require(throws: JSONReadError.self) { try JSONReader().read(bytes) }
        #expect(error.kind == .invalidUTF8)
    }

    @Test(arguments: [#""\uD800""#, #""\uDC00""#, #""\uD800\u0041""#, #""\uD800x""#])
    func unpairedSurrogatesAreRejected(text: String) throws {
        let error = try failure(text)
        #expect(error.kind == .invalidUTF8)
    }

    @Test func invalidUTF8OutsideStringsIsASyntaxError() throws {
        let error = try #require(throws: JSONReadError.self) { try JSONReader().read([0x5B, 0xFF, 0x5D]) }
        #expect(error.message.hasSuffix("found byte 0xFF"))
        #expect(error.column == 2)
    }
}
