import Testing
import ShequLua

@Suite("JSON writer")
struct JSONWriterTests {
    private let sample: LuaValue = [
        "名称": "羊山社区", "households": 812, "ratio": 0.25, "whole": 3.0, "active": true,
        "grids": [["id": 1, "tags": ["老旧小区"]], ["id": 2, "tags": .table(LuaTable())]],
        "note": "line\nbreak \"quoted\" back\\slash \u{1} tab\t",
    ]

    @Test func compactOutputIsSortedAndStable() throws {
        let text = try JSONWriter().string(sample)
        #expect(text == #"{"active":true,"grids":[{"id":1,"tags":["老旧小区"]},{"id":2,"tags":{}}],"households":812,"note":"line\nbreak \"quoted\" back\\slash \u0001 tab\t","ratio":0.25,"whole":3.0,"名称":"羊山社区"}"#)
        #expect(try JSONWriter().bytes(sample) == JSONWriter().bytes(sample))
    }

    @Test func prettyOutput() throws {
        let text = try JSONWriter(style: .pretty).string(["b": [1, 2], "a": ["x": .table(LuaTable())], "c": true])
        #expect(text == """
            {
              "a": {
                "x": {}
              },
              "b": [
                1,
                2
              ],
              "c": true
            }
            """)
    }

    @Test func writtenOutputReadsBackEqual() throws {
        for style in [JSONWriter.Style.compact, .pretty] {
            let bytes = try JSONWriter(style: style).bytes(sample)
            #expect(try JSONReader().read(bytes) == sample)
        }
    }

    @Test(arguments: [
        (3.0, "3.0"), (-0.0, "-0.0"), (0.1, "0.1"), (1e20, "1e+20"), (1.5e-7, "1.5e-07"),
        (123456.789, "123456.789"), (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        (Double.leastNonzeroMagnitude, "5e-324"), (1.0 / 3.0, "0.3333333333333333"),
    ])
    func floatsStayFloatsWithShortestDigits(number: Double, text: String) throws {
        let written = try JSONWriter().string(.number(number))
        #expect(written == text)
        let back = try JSONReader().read(written)
        #expect(back == .number(number))
        #expect(back.doubleValue?.sign == number.sign)
    }

    @Test func integersStayIntegers() throws {
        #expect(try JSONWriter().string([.integer(.min), .integer(.max), 0]) == "[-9223372036854775808,9223372036854775807,0]")
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteFloatsAreErrors(number: Double) throws {
        let error = try #require(throws: JSONWriteError.self) { try JSONWriter().string(["stats": ["ratio": .number(number)]]) }
        #expect(error.path == "$.stats.ratio")
    }

    @Test func mixedTableIsAnErrorNamingPath() throws {
        var mixed = LuaTable(array: ["a"])
        mixed["name"] = "x"
        let error = try #require(throws: JSONWriteError.self) {
            try JSONWriter().string(["items": [.table(LuaTable()), .table(mixed)]])
        }
        #expect(error.path.hasPrefix("$.items[2]"))
        #expect(error.message.contains("mixes a sequence"))
    }

    @Test func sparseIntegerKeysAreAnError() throws {
        let sparse = LuaTable(fields: [.integer(3): "c"])
        let error = try #require(throws: JSONWriteError.self) { try JSONWriter().string(["list": .table(sparse)]) }
        #expect(error.description.hasPrefix("$.list[3]: an integer key cannot become a JSON object member"))
    }

    @Test func oddStringKeysArePathedInBrackets() throws {
        let error = try #require(throws: JSONWriteError.self) { try JSONWriter().string(["门 牌": ["x": .number(.nan)]]) }
        #expect(error.path == #"$["门 牌"].x"#)
    }

    @Test func nilFieldsAreLeftOutAndTopLevelNilIsNull() throws {
        let table = LuaTable(fields: [.string("a"): .nil, .string("b"): 1])
        #expect(try JSONWriter().string(.table(table)) == #"{"b":1}"#)
        #expect(try JSONWriter().string(.nil) == "null")
    }

    @Test func depthLimit() throws {
        var value: LuaValue = 1
        for _ in 0..<70 { value = [value] }
        #expect(throws: JSONWriteError.self) { try JSONWriter().string(value) }
        #expect(throws: Never.self) { try JSONWriter(maxDepth: 100).string(value) }
    }
}
