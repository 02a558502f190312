import Foundation
import Testing
import ShequLua

@Suite("Codable support for dates, data, URLs, decimals, userInfo and superclasses")
struct CodableFoundationTests {
    private let date = Date(timeIntervalSince1970: 1_714_550_400)

    @Test func dateStrategies() throws {
        #expect(try LuaEncoder().encode(date) == .string("2024-05-01T08:00:00Z"))
        #expect(try LuaEncoder().encode(date.addingTimeInterval(0.25)) == .string("2024-05-01T08:00:00.250Z"))
        #expect(try LuaEncoder(dateStrategy: .secondsSince1970).encode(date) == .number(1_714_550_400))
        #expect(try LuaEncoder(dateStrategy: .integerSecondsSince1970).encode(date.addingTimeInterval(0.9)) == .integer(1_714_550_400))

        #expect(try LuaDecoder().decode(Date.self, from: "2024-05-01T16:00:00+08:00") == date)
        #expect(try LuaDecoder().decode(Date.self, from: "2024-05-01T08:00:00.250Z") == date.addingTimeInterval(0.25))
        #expect(try LuaDecoder(dateStrategy: .integerSecondsSince1970).decode(Date.self, from: 1_714_550_400) == date)
        #expect(try LuaDecoder(dateStrategy: .secondsSince1970).decode(Date.self, from: 1_714_550_400.5) == date.addingTimeInterval(0.5))
    }

    @Test func badDatesAreRejected() throws {
        #expect(throws: DecodingError.self) { try LuaDecoder().decode(Date.self, from: "2024-05-01") }
        #expect(throws: DecodingError.self) { try LuaDecoder().decode(Date.self, from: 1_714_550_400) }
        #expect(throws: DecodingError.self) { try LuaDecoder(dateStrategy: .secondsSince1970).decode(Date.self, from: "x") }
    }

    @Test func dataURLAndDecimal() throws {
        struct Attachment: Codable, Equatable { var bytes: Data; var link: URL; var amount: Decimal; var rate: Decimal }
        let attachment = Attachment(bytes: Data([0, 1, 0xFF]), link: URL(string: "https://xinyang.gov.cn/a?b=1")!,
                                    amount: 1200, rate: Decimal(string: "0.35")!)
        let value = try LuaEncoder().encode(attachment)
        let table = try #require(value.tableValue)
        #expect(table["bytes"] == .string("AAH/"))
        #expect(table["link"] == .string("https://xinyang.gov.cn/a?b=1"))
        #expect(table["amount"] == .integer(1200))
        #expect(table["rate"] == .number(0.35))
        #expect(try LuaDecoder().decode(Attachment.self, from: value) == attachment)
        #expect(throws: DecodingError.self) { try LuaDecoder().decode(Data.self, from: "not base64!") }
    }

    @Test func userInfoReachesBothSides() throws {
        let key = try #require(CodingUserInfoKey(rawValue: "county"))
        struct Tagged: Codable {
            var county: String
            init(county: String) { self.county = county }
            init(from decoder: any Decoder) throws { county = decoder.userInfo[CodingUserInfoKey(rawValue: "county")!] as? String ?? "?" }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(encoder.userInfo[CodingUserInfoKey(rawValue: "county")!] as? String ?? "?")
            }
        }
        #expect(try LuaEncoder(userInfo: [key: "平桥区"]).encode(Tagged(county: "")) == .string("平桥区"))
        #expect(try LuaDecoder(userInfo: [key: "浉河区"]).decode(Tagged.self, from: .nil).county == "浉河区")
    }

    @Test func superclassEncodesUnderSuperKey() throws {
        class Place: Codable {
            var name: String
            init(name: String) { self.name = name }
        }
        final class Community: Place {
            var households: Int
            init(name: String, households: Int) {
                self.households = households
                super.init(name: name)
            }
            enum CodingKeys: CodingKey { case households }
            required init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                households = try container.decode(Int.self, forKey: .households)
                try super.init(from: container.superDecoder())
            }
            override func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(households, forKey: .households)
                try super.encode(to: container.superEncoder())
            }
        }
        let value = try LuaEncoder().encode(Community(name: "羊山社区", households: 812))
        #expect(value == ["households": 812, "super": ["name": "羊山社区"]])
        let decoded = try LuaDecoder().decode(Community.self, from: value)
        #expect(decoded.name == "羊山社区" && decoded.households == 812)
    }

    @Test func nestedContainersWriteNestedTables() throws {
        struct Point: Codable, Equatable {
            var x: Int, y: Int
            enum Keys: CodingKey { case position, path }
            enum XY: CodingKey { case x, y }
            init(x: Int, y: Int) { self.x = x; self.y = y }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Keys.self)
                let position = try container.nestedContainer(keyedBy: XY.self, forKey: .position)
                x = try position.decode(Int.self, forKey: .x)
                var path = try container.nestedUnkeyedContainer(forKey: .path)
                y = try path.decode(Int.self)
            }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var position = container.nestedContainer(keyedBy: XY.self, forKey: .position)
                try position.encode(x, forKey: .x)
                var path = container.nestedUnkeyedContainer(forKey: .path)
                try path.encode(y)
                var pair = path.nestedUnkeyedContainer()
                try pair.encode("a")
            }
        }
        let value = try LuaEncoder().encode(Point(x: 1, y: 2))
        #expect(value == ["position": ["x": 1], "path": [2, ["a"]]])
        #expect(try LuaDecoder().decode(Point.self, from: value) == Point(x: 1, y: 2))
    }

    @Test func luaValueIsCodableWithOtherCoders() throws {
        let value: LuaValue = ["list": [1, 2.5, "x", true], "nested": ["k": "v"]]
        let json = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(LuaValue.self, from: json) == value)
    }
}
