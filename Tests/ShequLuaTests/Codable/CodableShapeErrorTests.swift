import Foundation
import Testing
import ShequLua

@Suite("Codable errors name the coding path and the Lua type found")
struct CodableShapeErrorTests {
    private struct Grid: Decodable { var name: String; var blocks: [Block] }
    private struct Block: Decodable { var id: Int; var tags: [String] }

    private func errorContext(of error: DecodingError) -> DecodingError.Context? {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
             .keyNotFound(_, let context), .dataCorrupted(let context): context
        @unknown default: nil
        }
    }

    @Test func stringWhereTableExpected() throws {
        let error = try #require(throws: DecodingError.self) {
            try LuaDecoder().decode(Grid.self, from: ["name": "一网格", "blocks": ["a"]])
        }
        let context = try #require(errorContext(of: error))
        #expect(context.codingPath.map(\.stringValue) == ["blocks", "Index 0"])
        #expect(context.debugDescription == #"at blocks[0]: expected a table, found string "a""#)
    }

    @Test func keyedTableWhereSequenceExpected() throws {
        let input: LuaValue = ["name": "g", "blocks": [["id": 1, "tags": ["x": 1]]]]
        let error = try #require(throws: DecodingError.self) { try LuaDecoder().decode(Grid.self, from: input) }
        let context = try #require(errorContext(of: error))
        #expect(context.codingPath.map(\.stringValue) == ["blocks", "Index 0", "tags"])
        #expect(context.debugDescription.contains(#"found a table with other keys such as "x""#))
    }

    @Test func missingKeyNamesTheKeyAndWhatIsThere() throws {
        let error = try #require(throws: DecodingError.self) {
            try LuaDecoder().decode(Grid.self, from: ["name": "g", "blocks": [["id": 1, "tag": ["x"]]]])
        }
        guard case .keyNotFound(let key, let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(key.stringValue == "tags")
        #expect(context.debugDescription.contains("at blocks[0].tags"))
        #expect(context.debugDescription.contains(#""tag""#))
    }

    @Test func nilWhereValueRequiredIsValueNotFound() throws {
        let error = try #require(throws: DecodingError.self) { try LuaDecoder().decode(String.self, from: .nil) }
        guard case .valueNotFound = error else {
            Issue.record("unexpected \(error)")
            return
        }
    }

    @Test func arrayTooShortForTuple() throws {
        struct Pair: Decodable {
            var first: Int
            var second: Int
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                first = try container.decode(Int.self)
                second = try container.decode(Int.self)
            }
        }
        #expect(throws: DecodingError.self) { try LuaDecoder().decode(Pair.self, from: [1]) }
        let pair = try LuaDecoder().decode(Pair.self, from: [1, 2])
        #expect(pair.first == 1 && pair.second == 2)
    }

    @Test func nilInsideArrayCannotBeEncoded() throws {
        let error = try #require(throws: EncodingError.self) { try LuaEncoder().encode(["list": [1, nil, 3] as [Int?]]) }
        guard case .invalidValue(_, let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["list", "Index 1"])
    }

    @Test func runawayRecursionStopsAtDepthLimit() throws {
        final class Node: Encodable {
            var next: Node?
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(next ?? self, forKey: .next)
            }
            enum CodingKeys: CodingKey { case next }
        }
        let loop = Node()
        let error = try #require(throws: EncodingError.self) { try LuaEncoder(maxDepth: 10).encode(loop) }
        guard case .invalidValue(_, let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(context.codingPath.count == 10)
        #expect(context.debugDescription.contains("limit of 10"))
    }

    @Test func deepButFiniteValueWithinLimitEncodes() throws {
        struct Box: Codable, Equatable { var inner: [Box] }
        var box = Box(inner: [])
        for _ in 0..<20 { box = Box(inner: [box]) }
        let value = try LuaEncoder().encode(box)
        #expect(try LuaDecoder().decode(Box.self, from: value) == box)
        #expect(throws: EncodingError.self) { try LuaEncoder(maxDepth: 20).encode(box) }
    }
}
