import Foundation
import Testing
import ShequLua

@Suite("Integers and floats stay apart in Codable")
struct CodableNumberTests {
    private struct Count: Codable, Equatable { var households: Int }
    private struct Ratio: Codable, Equatable { var share: Double }

    @Test func everyIntegerTypeEncodesAsLuaInteger() throws {
        let encoder = LuaEncoder()
        #expect(try encoder.encode(Int8(-8)) == .integer(-8))
        #expect(try encoder.encode(Int16(-16)) == .integer(-16))
        #expect(try encoder.encode(Int32(-32)) == .integer(-32))
        #expect(try encoder.encode(Int64.min) == .integer(.min))
        #expect(try encoder.encode(UInt8(8)) == .integer(8))
        #expect(try encoder.encode(UInt16(16)) == .integer(16))
        #expect(try encoder.encode(UInt32.max) == .integer(Int64(UInt32.max)))
        #expect(try encoder.encode(UInt64(Int64.max)) == .integer(.max))
        #expect(try encoder.encode(UInt(7)) == .integer(7))
        #expect(try encoder.encode([Int8(1), Int8(2)]) == [1, 2])
    }

    @Test func floatsEncodeAsLuaFloatsEvenWhenWhole() throws {
        #expect(try LuaEncoder().encode(3.0) == .number(3.0))
        #expect(try LuaEncoder().encode(Float(0.1)) == .number(0.1), "Float widens through its shortest digits")
        #expect(try LuaEncoder().encode(Ratio(share: 1)).tableValue?["share"] == .number(1.0))
    }

    @Test func uint64AboveInt64MaxIsAnEncodingErrorWithPath() throws {
        struct Big: Encodable { var counter: UInt64 }
        let error = try #require(throws: EncodingError.self) {
            try LuaEncoder().encode(["outer": Big(counter: UInt64(Int64.max) + 1)])
        }
        guard case .invalidValue(_, let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["outer", "counter"])
        #expect(context.debugDescription.contains("outer.counter"))
    }

    @Test func integerFromFloatIsStrictByDefault() throws {
        let error = try #require(throws: DecodingError.self) {
            try LuaDecoder().decode(Count.self, from: ["households": 3.0])
        }
        guard case .typeMismatch(_, let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["households"])
        #expect(context.debugDescription.contains("found number (float 3.0)"))
    }

    @Test func integralFloatAcceptedWhenAllowed() throws {
        let decoder = LuaDecoder(integerStrategy: .acceptIntegralFloats)
        #expect(try decoder.decode(Count.self, from: ["households": 3.0]) == Count(households: 3))
        #expect(throws: DecodingError.self) { try decoder.decode(Count.self, from: ["households": 3.5]) }
        #expect(throws: DecodingError.self) { try decoder.decode(UInt8.self, from: 300.0) }
        #expect(throws: DecodingError.self) { try decoder.decode(Int.self, from: .number(.nan)) }
    }

    @Test func doubleFromIntegerWidens() throws {
        #expect(try LuaDecoder().decode(Ratio.self, from: ["share": 2]) == Ratio(share: 2.0))
        #expect(try LuaDecoder().decode(Float.self, from: 16_777_216) == 16_777_216)
        // 2^53 + 1 has no exact Double; widening must not silently round it.
        #expect(throws: DecodingError.self) { try LuaDecoder().decode(Double.self, from: .integer(9_007_199_254_740_993)) }
    }

    @Test(arguments: [
        (LuaValue.integer(128), "Int8"), (.integer(-129), "Int8"), (.integer(256), "UInt8"),
        (.integer(-1), "UInt8"), (.integer(40_000), "Int16"), (.integer(70_000), "UInt16"),
        (.integer(3_000_000_000), "Int32"), (.integer(-1), "UInt32"), (.integer(-1), "UInt64"), (.integer(-5), "UInt"),
    ])
    func outOfRangeIntegersFailWithPath(value: LuaValue, typeName: String) throws {
        let input: LuaValue = ["members": [1, value]]
        let decoder = LuaDecoder()
        let error = try #require(throws: DecodingError.self) {
            switch typeName {
            case "Int8": _ = try decoder.decode([String: [Int8]].self, from: input)
            case "Int16": _ = try decoder.decode([String: [Int16]].self, from: input)
            case "Int32": _ = try decoder.decode([String: [Int32]].self, from: input)
            case "UInt8": _ = try decoder.decode([String: [UInt8]].self, from: input)
            case "UInt16": _ = try decoder.decode([String: [UInt16]].self, from: input)
            case "UInt32": _ = try decoder.decode([String: [UInt32]].self, from: input)
            case "UInt64": _ = try decoder.decode([String: [UInt64]].self, from: input)
            default: _ = try decoder.decode([String: [UInt]].self, from: input)
            }
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["members", "Index 1"])
        #expect(context.debugDescription.contains("out of range for \(typeName)"))
    }

    @Test func inRangeIntegersDecodeAtTheirLimits() throws {
        let decoder = LuaDecoder()
        #expect(try decoder.decode(Int8.self, from: -128) == .min)
        #expect(try decoder.decode(UInt8.self, from: 255) == .max)
        #expect(try decoder.decode(UInt64.self, from: .integer(.max)) == UInt64(Int64.max))
        #expect(try decoder.decode(Int64.self, from: .integer(.min)) == .min)
    }

    @Test func stringIsNotANumber() throws {
        let error = try #require(throws: DecodingError.self) { try LuaDecoder().decode(Int.self, from: "12") }
        #expect("\(error)".contains("expected an integer, found string \"12\""))
    }

    @Test func floatNarrowsThroughShortestDigitsAndChecksRange() throws {
        #expect(try LuaDecoder().decode(Float.self, from: 0.1) == Float(0.1))
        #expect(try LuaDecoder().decode([Float].self, from: [1, 2.5]) == [1, 2.5])
        let error = try #require(throws: DecodingError.self) { try LuaDecoder().decode([Float].self, from: [1e300]) }
        #expect("\(error)".contains("out of range for Float"))
    }

    @Test func optionalElementsAndFieldsDecodeFromAbsence() throws {
        struct Slot: Decodable, Equatable { var a: Int?; var b: [Int?] }
        #expect(try LuaDecoder().decode(Slot.self, from: ["b": [1, 2]]) == Slot(a: nil, b: [1, 2]))
        #expect(try LuaDecoder().decode([String: Int?].self, from: ["x": 1]) == ["x": 1])
    }
}
