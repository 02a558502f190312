import Foundation
import Testing
@testable import ShequLua

/// A resident record shaped like the data county plugins receive.
private struct Resident: Codable, Equatable {
    enum Kind: String, Codable { case permanent, migrant }
    enum Need: Codable, Equatable {
        case none
        case visit(every: Int, note: String?)
        case subsidy(Double)
    }

    var name: String
    var age: Int
    var kind: Kind
    var heightMeters: Double
    var phone: String?
    var tags: [String]
    var scores: [String: Int]
    var byFloor: [Int: String]
    var needs: [Need]
    var registeredAt: Date
    var household: Household?
}

private struct Household: Codable, Equatable {
    var id: UInt32
    var members: [String]
    var grid: Int8
}

@Suite("Codable round trips through LuaValue")
struct CodableRoundTripTests {
    private let sample = Resident(
        name: "张三", age: 72, kind: .permanent, heightMeters: 1.68, phone: nil,
        tags: ["空巢", "独居"], scores: ["安全": 90, "卫生": 85], byFloor: [1: "一层", 2: "二层", 5: "五层"],
        needs: [.none, .visit(every: 7, note: "周三上午"), .visit(every: 14, note: nil), .subsidy(300.5)],
        registeredAt: Date(timeIntervalSince1970: 1_714_550_400),
        household: Household(id: 4_000_000_000, members: ["张三", "李梅"], grid: -3))

    @Test func nestedStructSurvivesRoundTrip() throws {
        let value = try LuaEncoder().encode(sample)
        let decoded = try LuaDecoder().decode(Resident.self, from: value)
        #expect(decoded == sample)
    }

    @Test func encodedShapeIsPlainLuaData() throws {
        let table = try #require(try LuaEncoder().encode(sample).tableValue)
        #expect(table["name"] == .string("张三"))
        #expect(table["age"] == .integer(72))
        #expect(table["kind"] == .string("permanent"))
        #expect(table["heightMeters"] == .number(1.68))
        #expect(table["phone"] == nil, "nil optionals leave the key out")
        #expect(table["tags"] == ["空巢", "独居"])
        #expect(table["scores"] == ["安全": 90, "卫生": 85])
        #expect(table["registeredAt"] == .string("2024-05-01T08:00:00Z"))
        let household = try #require(table["household"]?.tableValue)
        #expect(household["id"] == .integer(4_000_000_000))
        #expect(household["grid"] == .integer(-3))
    }

    @Test func intKeyedDictionaryUsesIntegerKeys() throws {
        let byFloor = try #require(try LuaEncoder().encode([1: "一层", 2: "二层", 5: "五层"]).tableValue)
        #expect(byFloor.array == ["一层", "二层"], "keys 1...n form the sequence part")
        #expect(byFloor.fields == [.integer(5): "五层"])
        #expect(byFloor[.string("1")] == nil)
    }

    @Test func stringKeyedDictionaryUsesStringKeys() throws {
        let value = try LuaEncoder().encode(["1": true, "b": false])
        let table = try #require(value.tableValue)
        #expect(table.array.isEmpty)
        #expect(table["1"] == .boolean(true))
        #expect(try LuaDecoder().decode([String: Bool].self, from: value) == ["1": true, "b": false])
    }

    @Test func emptyArrayIsEmptyTableAndDecodesBack() throws {
        let value = try LuaEncoder().encode([String]())
        #expect(value == .table(LuaTable()))
        #expect(try LuaDecoder().decode([String].self, from: value) == [])
        #expect(try LuaDecoder().decode([String: Int].self, from: value) == [:])
    }

    @Test func absentKeyDecodesAsNilOptional() throws {
        struct Note: Codable, Equatable { var text: String; var author: String? }
        let decoded = try LuaDecoder().decode(Note.self, from: ["text": "ok", "unknown": 3])
        #expect(decoded == Note(text: "ok", author: nil))
    }

    @Test func enumWithAssociatedValuesRoundTrips() throws {
        let needs: [Resident.Need] = [.visit(every: 3, note: "x"), .subsidy(2.0), .none]
        let value = try LuaEncoder().encode(needs)
        #expect(try LuaDecoder().decode([Resident.Need].self, from: value) == needs)
        let first = try #require(value.tableValue?.array.first?.tableValue?["visit"]?.tableValue)
        #expect(first["every"] == .integer(3))
    }

    @Test func nestedArraysRoundTrip() throws {
        let grid: [[Int]] = [[1, 2], [], [3]]
        let value = try LuaEncoder().encode(grid)
        #expect(value == [[1, 2], .table(LuaTable()), [3]])
        #expect(try LuaDecoder().decode([[Int]].self, from: value) == grid)
    }

    @Test func topLevelPrimitivesAndNil() throws {
        #expect(try LuaEncoder().encode(42) == .integer(42))
        #expect(try LuaEncoder().encode("x") == .string("x"))
        #expect(try LuaEncoder().encode(Int?.none) == .nil)
        #expect(try LuaDecoder().decode(Int?.self, from: .nil) == nil)
        #expect(try LuaDecoder().decode(Bool.self, from: true) == true)
    }

    @Test func luaValuePropertiesPassThrough() throws {
        struct Envelope: Codable, Equatable { var kind: String; var payload: LuaValue; var extra: LuaTable }
        let envelope = Envelope(kind: "event", payload: ["a": [1, 2.5]], extra: LuaTable(array: [true]))
        let value = try LuaEncoder().encode(envelope)
        #expect(value.tableValue?["payload"] == ["a": [1, 2.5]])
        #expect(try LuaDecoder().decode(Envelope.self, from: value) == envelope)
    }
}
